// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Loop counters and bounds that are NaN or Infinity, and counters that pick up NaN.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function count(n: number): number {
  let c: number = 0;
  for (let i = 0; i < n; i++) {
    c++;
    if (c > 5) break;
  }
  return c;
}
console.log(count(3), count(NaN), count(Infinity), count(-Infinity), count(2.5), count(-0));
let i: number = 0;
i += NaN;
console.log(i, i | 0, i % 2, i === i);
let j: number = 10;
for (let k = 0; k < 3; k++) j = j * Infinity;
console.log(j, j | 0, j >>> 0, j % 3);
let q: number = 5;
q = q / 0;
console.log(q, q - q, (q - q) | 0);
const inf: number = Infinity;
console.log(inf % 2, 5 % inf, -5 % inf, 5 % -inf, isNegZero(-0 % inf), 7 % 0, !isNegZero(0 % 3));
