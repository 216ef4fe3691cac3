// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Division of integers yields doubles: fractions, -0 and Infinity, and their ToInt32.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const pairs: number[][] = [[7, 2], [-7, 2], [0, -3], [-0, 3], [6, 3], [1, 0], [-1, 0], [0, 0], [2147483647, -1], [-2147483648, -1]];
for (const p of pairs) {
  const q: number = p[0] / p[1];
  console.log(p[0], p[1], q, q | 0, Math.floor(q), isNegZero(q), q % 1);
}
let n: number = 100;
let steps: number = 0;
while (n > 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log(steps, n);
let k: number = 1000;
for (let i = 0; i < 12; i++) k = (k / 3) | 0;
console.log(k);
