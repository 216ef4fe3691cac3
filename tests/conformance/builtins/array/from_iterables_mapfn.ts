// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: Array.from with a map function over Map keys/values/entries, Set values and strings; index argument
const m = new Map<string, number>([["a", 1], ["bb", 2], ["ccc", 3]]);
console.log(Array.from(m.keys(), (k, i) => k.toUpperCase() + i));
console.log(Array.from(m.values(), (v) => v * v));
console.log(Array.from(m.entries(), ([k, v]) => `${k}=${v}`).join("&"));
console.log(Array.from(m, ([k, v], i) => k.length + v + i));
const s = new Set<number>([5, 10, 15]);
console.log(Array.from(s.values(), (x, i) => x / 5 + i * 100), Array.from(s.keys()).reverse());
console.log(Array.from("héllo", (c, i) => c + i).join(""));
console.log(Array.from([[1, 2], [3]], (r) => r.length), Array.from({ length: 3 }, (_, i) => "x".repeat(i)));
