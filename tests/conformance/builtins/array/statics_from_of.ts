// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: Array.of with zero/one/many args, Array.isArray on arrays, Array.from on strings with surrogates, Sets, Maps and {length}
console.log(Array.of(7), Array.of(7).length, Array.of<number>().length, Array.of("a", "b"), Array.of(1, 2, 3));
const xs: number[] = [1];
const s = "str";
console.log(Array.isArray(xs), Array.isArray(s), Array.isArray([[]]), Array.isArray(Array.of()));
console.log(Array.from("a\u{1F600}b"), Array.from("a\u{1F600}b").length, Array.from("").length);
console.log(Array.from(new Set([3, 1, 3, 2])), Array.from(new Map([["k", 1], ["j", 2]])));
console.log(Array.from({ length: 4 }, (_, i) => i * i), Array.from({ length: 0 }, (_, i) => i));
console.log(Array.from([1, 2, 3], (x, i) => x + i), Array.from(xs) !== xs);
const copy = Array.from(xs);
copy.push(2);
console.log(xs, copy);
console.log(Array.from("hello", (c) => c.charCodeAt(0)));
console.log(Array.from(new Set("mississippi")).join(""));
const grid = Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (_, c) => r * 3 + c));
console.log(grid);
