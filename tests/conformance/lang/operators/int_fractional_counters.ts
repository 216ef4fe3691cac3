// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Counters that start integral but become fractional must keep exact double values.

let out: string = '';
for (let i = 0; i < 3; i += 0.5) out += i + ' ';
console.log(out);
let x: number = 7;
x = x / 2;
console.log(x, x | 0, x % 2, x * 2);
let y: number = 1;
for (let k = 0; k < 10; k++) y = y % 2 === 0 ? y / 2 : y * 3 + 1;
console.log(y);
let z: number = 1;
for (let k = 0; k < 5; k++) z = z / 3;
console.log(z, z * 243, (z * 243) | 0);
function step(v: number, d: number): number {
  return v + d;
}
let w: number = 0;
for (let k = 0; k < 4; k++) w = step(w, k % 2 === 0 ? 1 : 0.25);
console.log(w, w % 1, w | 0);
let c: number = 0;
for (let k = 1; k <= 10; k++) c += 1 / k;
console.log(c.toFixed(12), c | 0);
