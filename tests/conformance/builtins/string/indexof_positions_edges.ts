// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: indexOf and lastIndexOf with positions beyond the ends, negatives, NaN and the empty needle
const s = "abcabcabc";
const pos: number[] = [-5, -0, 0, 1, 2.5, 3, 6, 8, 9, 10, 100, NaN, Infinity, -Infinity];
for (const p of pos) {
  console.log(p, s.indexOf("abc", p), s.lastIndexOf("abc", p), s.indexOf("", p), s.lastIndexOf("", p), s.indexOf("c", p), s.lastIndexOf("c", p));
}
console.log(s.indexOf("abcd"), s.lastIndexOf("x"), "".indexOf(""), "".lastIndexOf(""), "".indexOf("a"));
console.log("aaaa".indexOf("aa", 1), "aaaa".lastIndexOf("aa"), "aaaa".lastIndexOf("aa", 1), "aaaa".lastIndexOf("aaaaa"));
console.log("x😀y😀".indexOf("😀"), "x😀y😀".lastIndexOf("😀"), "x😀y".indexOf("\uDE00"), "ABC".indexOf("b"));
