// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: indexOf/lastIndexOf/includes with positive, negative, oversized and fractional fromIndex, NaN and -0
const a = [1, 2, 3, 1, 2, 3, NaN, -0, 0];
const froms = [0, 1, 3, 4, -1, -3, -4, -100, 100, 2.5, -2.5, NaN, Infinity, -Infinity];
for (const f of froms) {
  console.log(String(f).padStart(9), a.indexOf(1, f), a.indexOf(3, f), a.lastIndexOf(1, f), a.lastIndexOf(3, f), a.includes(2, f), a.includes(NaN, f));
}
console.log(a.indexOf(NaN), a.lastIndexOf(NaN), a.includes(NaN));
console.log(a.indexOf(-0), a.indexOf(0), a.lastIndexOf(-0), a.lastIndexOf(0), a.includes(-0));
console.log(a.indexOf(4), a.lastIndexOf(4), a.includes(4));
const s = ["b", "a", "b", "", "B"];
console.log(s.indexOf("b"), s.lastIndexOf("b"), s.indexOf(""), s.includes("B"), s.includes("c"), s.indexOf("b", -3), s.lastIndexOf("b", -4));
const e: number[] = [];
console.log(e.indexOf(1), e.lastIndexOf(1), e.includes(NaN), e.lastIndexOf(1, -1));
