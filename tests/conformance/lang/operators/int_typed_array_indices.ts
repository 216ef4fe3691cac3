// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Typed arrays indexed by integer counters, storing wrapped and fractional values.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const a: Int32Array = new Int32Array(8);
const u: Uint8Array = new Uint8Array(8);
const f: Float64Array = new Float64Array(8);
for (let i = 0; i < a.length; i++) {
  a[i] = (i * 1234567891) | 0;
  u[i] = i * 100;
  f[i] = i / 3;
}
console.log(Array.from(a).join(','));
console.log(Array.from(u).join(','));
let s: number = 0;
for (let i = 0; i < f.length; i++) s += f[i] * 3;
console.log(s);
a[1] = 2 ** 40 + 7;
a[2] = -0;
u[3] = -1;
u[4] = 3.99;
console.log(a[1], a[2], isNegZero(a[2]), u[3], u[4]);
let x: number = 0;
for (let i = 7; i >= 0; i--) x = (x * 31 + a[i]) | 0;
console.log(x);
