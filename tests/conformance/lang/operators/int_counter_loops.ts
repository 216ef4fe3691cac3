// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// For-loop counters with bounds of every kind: constants, parameters, lengths, decreasing.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const LIMIT: number = 10;
function sumTo(n: number): number {
  let s: number = 0;
  for (let i = 0; i <= n; i++) s += i;
  return s;
}
function down(n: number): string {
  let out: string = '';
  for (let i = n; i > 0; i--) out += i % 3;
  for (let i = n; i >= -2; i--) out += i;
  return out;
}
console.log(sumTo(LIMIT), sumTo(0), sumTo(2.5), sumTo(-1));
console.log(down(7), down(0));
const xs: number[] = [5, 3, 8];
let p: number = 1;
for (let i = 0; i < xs.length; i++) p *= xs[i] - 4;
console.log(p, isNegZero(p * 0));
let last: number = -1;
for (let i = 0; i < LIMIT; i += 3) last = i;
console.log(last);
let j: number = 0;
for (let i = 0; i < 5; i++) {
  if (i === 2) continue;
  j += i * i;
}
console.log(j);
for (let i = 2147483645; i < 2147483649; i++) console.log(i, i | 0, i + i);
