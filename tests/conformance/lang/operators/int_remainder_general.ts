// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// x % y for integers beyond 2^53, fractional and special operands and negative divisors.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const xs: number[] = [7, -7, 0, -0, 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 1e20, 5.5, -5.5, 1e-9, NaN, Infinity, 4294967295];
const ys: number[] = [2, -2, 3, 0, -0, 0.5, 1e10, 2 ** 53, -1, NaN, Infinity, 7];
for (const x of xs) {
  let row: string = '';
  for (const y of ys) {
    const r: number = x % y;
    row += (isNegZero(r) ? '-0' : String(r)) + ' ';
  }
  console.log(x, row);
}
let acc: number = 0;
for (let i = -20; i < 20; i++) acc += (i * 7919) % 13;
console.log(acc);
