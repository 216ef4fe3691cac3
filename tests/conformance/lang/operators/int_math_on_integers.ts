// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math.abs/floor/ceil/trunc/sqrt on integer and near-integer values keep -0 and NaN.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const vs: number[] = [0, -0, 3, -3, -2147483648, 2 ** 53, -0.5, 0.5, -1.5, NaN, Infinity, -Infinity, 1e-300];
for (const v of vs) {
  const f: number = Math.floor(v);
  const c: number = Math.ceil(v);
  const t: number = Math.trunc(v);
  const a: number = Math.abs(v);
  console.log(v, f, c, t, a, Math.sqrt(v), isNegZero(f), isNegZero(c), isNegZero(t), isNegZero(a));
}
let s: number = 0;
for (let i = -5; i <= 5; i++) s += Math.abs(i) + Math.floor(i / 2) + Math.trunc(i / 3) + Math.ceil(i / 4);
console.log(s);
const w: number = -7 | 0;
console.log(Math.abs(w), Math.abs(w * 3), Math.floor(w), Math.sqrt(Math.abs(w) * 7));
