// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// number[] arrays of integers that later receive fractions, -0 and NaN.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const a: number[] = [];
for (let i = 0; i < 8; i++) a.push(i * 3);
let s: number = 0;
for (let i = 0; i < a.length; i++) s += a[i] % 4;
console.log(s, a.length);
a[3] = 2.5;
a[5] = -0;
a[6] = -7;
for (let i = 0; i < a.length; i++) console.log(i, a[i], a[i] % 2, isNegZero(a[i] % 2), a[i] | 0, a[a.length - 1 - i] * 0);
const b: number[] = [1, 2, 3];
b[1] = b[0] - b[2] + 2;
console.log(b[1], isNegZero(b[1] * -1), b[0] * b[1], b[1] * -4);
const idx: number[] = [2, 0, 1];
const names: string[] = ['x', 'y', 'z'];
for (let i = 0; i < idx.length; i++) console.log(names[idx[i]]);
