// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: charCodeAt, codePointAt and at with negative, fractional, NaN and out-of-range indices
const s = "A😀z";
const idx: number[] = [-2, -1, -0.5, 0, 0.9, 1, 1.5, 2, 3, 4, 100, NaN, Infinity, -Infinity];
for (const i of idx) {
  const a = s.at(i);
  console.log(i, s.charCodeAt(i), s.codePointAt(i), a === undefined ? "undef" : a.charCodeAt(0));
}
console.log("".charCodeAt(0), "".codePointAt(0), "".at(-1));
console.log("\uD800".codePointAt(0), "\uDC00\uD800".codePointAt(0), "\uD800x".codePointAt(0));
console.log("😀".codePointAt(0)?.toString(16), "😀".codePointAt(1)?.toString(16));
console.log("abc".codePointAt(NaN), "abc".at(NaN));
console.log("hello".at(-5), "hello".at(-6), "hello".at(4), "hello".at(5));
