// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer-only arrays whose length changes inside the loops that index them: push, length =, appends, through a closure.

const q: number[] = [1];
const addTo = (x: number): number => q.push(x % 97);
let i: number = 0;
while (i < q.length && q.length < 40) {
  if (q[i] % 3 !== 0) addTo(q[i] * 2 + 1);
  if (q[i] % 2 === 0) q.push(q[i] >> 1);
  i++;
}
let line: string = '';
for (let k = 0; k < q.length; k++) line += q[k] + ' ';
console.log(q.length, i, line);

// Truncation inside a loop that walks the array downwards.
const t: number[] = [];
for (let k = 0; k < 20; k++) t.push(k * 5 - 30);
let sum: number = 0;
for (let k = t.length - 1; k >= 0; k--) {
  sum += t[k];
  if (t[k] % 4 === 0 && k < t.length) t.length = k + 1;
}
console.log(t.length, sum, t[0], t[t.length - 1]);
t.length = 0;
console.log(t.length);
t.push(3);
t[1] = 4;
console.log(t.length, t[0] + t[1]);

// A function that shrinks and regrows the array between reads.
const r: number[] = [9, 8, 7, 6, 5];
function cut(n: number): void {
  r.length = n;
}
function refill(to: number): void {
  let m: number = 0;
  while (r.length < to) {
    r.push((m & 63) * 11);
    m++;
  }
}
for (let k = 0; k < 4; k++) {
  cut(2 + k);
  refill(6);
  let s: string = '';
  for (let m = 0; m < r.length; m++) s += r[m] + ',';
  console.log(k, s);
}

// Two pointers meeting in the middle while the far end keeps growing.
const w: number[] = [0, 1, 2, 3, 4, 5, 6, 7];
let lo: number = 0;
let hi: number = w.length - 1;
while (lo < hi) {
  const x: number = w[lo];
  w[lo] = w[hi];
  w[hi] = x;
  if (lo % 3 === 0) w.push(lo);
  lo++;
  hi--;
}
let ws: string = '';
for (let k = 0; k < w.length; k++) ws += w[k] + ' ';
console.log(ws, lo, hi);
