// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: slice, substring and substr with negative, NaN, fractional, infinite and swapped arguments
const s = "0123456789";
const pairs: [number, number][] = [[2, 5], [5, 2], [-3, -1], [-1, -3], [-20, 3], [3, 20], [NaN, 4], [4, NaN], [1.7, 4.2], [-2.5, 9], [Infinity, 2], [2, Infinity], [-Infinity, 3], [0, -0], [10, 10]];
for (const [a, b] of pairs) {
  console.log(a, b, "[" + s.slice(a, b) + "]", "[" + s.substring(a, b) + "]", "[" + s.substr(a, b) + "]");
}
const singles: number[] = [-4, 0, 3, 10, 11, NaN, -Infinity, 2.9];
for (const a of singles) console.log(a, s.slice(a), s.substring(a), s.substr(a));
console.log(s.slice(), s.substring(0), s.substr(0), "😀x".slice(1).length, "😀x".substring(0, 1) === "\uD83D");
