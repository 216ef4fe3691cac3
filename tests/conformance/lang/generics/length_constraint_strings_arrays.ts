// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: T extends { length: number } called with strings, arrays, class instances and literals
function longest<T extends { length: number }>(a: T, b: T): T { return a.length >= b.length ? a : b; }
console.log(longest("abc", "de"), longest([1, 2], [3, 4, 5]), longest(["x"], []));
class Rope { constructor(public length: number) {} }
console.log(longest(new Rope(3), new Rope(9)));
function total<T extends { length: number }>(xs: T[]): number { let n = 0; for (const x of xs) n += x.length; return n; }
console.log(total(["ab", "c"]), total([[1], [2, 3]]), total([new Rope(4), { length: 2 }]));
function describe<T extends { length: number }>(x: T): string { return x.length === 0 ? "empty" : "size " + x.length; }
console.log(describe(""), describe("hello"), describe([true, false]), describe([[1], [2]]), describe(new Rope(0)));
