// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: two-dimensional arrays, row aliasing and copying rows with map(slice)
const m = [
  [1, 2, 3],
  [4, 5, 6],
];
const alias = m;
const copy = m.map((r) => r.slice());
m[0][0] = 100;
console.log(alias[0][0], copy[0][0]);
const t = m[0].map((_, c) => m.map((r) => r[c]));
console.log(t);
const sums = m.map((r) => r.reduce((a, b) => a + b, 0));
console.log(sums, m.flat().length);
