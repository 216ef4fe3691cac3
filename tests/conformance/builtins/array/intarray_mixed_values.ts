// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Local number[] arrays that mostly hold integers but also receive fractions, -0, NaN, Infinity or huge values.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function half(x: number): number {
  return x / 2;
}
const a: number[] = [];
for (let i = 0; i < 6; i++) a.push(i * 2);
a[3] = half(a[3]);
console.log(a[3], a[5], a[3] + a[5]);
const z: number[] = [1, 2, 3];
const zero: number = z[0] - 1;
z[1] = -zero;
console.log(isNegZero(z[1]), z[1] === 0, 1 / z[1]);
const n: number[] = [1, 2];
n.push(0 / 0);
n[0] = 1 / 0;
console.log(n[0], n[1], n[2], n.length);
const h: number[] = [1];
for (let i = 0; i < 60; i++) h[0] *= 3;
console.log(h[0], h[0] % 7, h[0] > 2 ** 53);
const d: number[] = [7, 9];
d[1] /= 2;
console.log(d[0], d[1]);
const m: number[] = [5, -5];
m[0] = m[0] % 3;
m[1] = m[1] % 5;
console.log(m[0], isNegZero(m[1]));
const e: number[] = [3, 4];
e[0] **= 2;
console.log(e[0], e[1]);
const f: number[] = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1];
f[0]++;
f[1]--;
console.log(f[0], f[1], f[2], f[2] + 1);
const g: number[] = [1, 2, 3];
g[0] = 0.1 + 0.2;
console.log(g[0], g[1]);
