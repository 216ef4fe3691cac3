// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Two-pointer while loops (reversals and flips) over integer arrays.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function reverse(xs: number[], from: number, to: number): void {
  let i: number = from;
  let j: number = to;
  while (i < j) {
    const t: number = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
    i++;
    j--;
  }
}
const p: number[] = [];
for (let i = 0; i < 9; i++) p.push((i * 5) % 9);
console.log(p.join(','));
reverse(p, 0, 8);
console.log(p.join(','));
reverse(p, 2, 5);
console.log(p.join(','));
const q: number[] = [3, 0, 2, 1, 4];
let flips: number = 0;
let k: number = q[0];
while (k !== 0) {
  let lo: number = 0;
  let hi: number = k;
  while (lo < hi) {
    const t: number = q[lo];
    q[lo] = q[hi];
    q[hi] = t;
    lo++;
    hi--;
  }
  flips++;
  k = q[0];
}
console.log(flips, q[0], q[1], q[2], q[3], q[4]);
let a: number = 10;
let b: number = -10;
while (b < a) {
  a--;
  b++;
}
console.log(a, b, isNegZero(a), isNegZero(b), a * b);
