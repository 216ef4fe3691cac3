// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Functions returning integers on some paths and fractions on others, recursion.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function pick(n: number): number {
  if (n > 3) return n / 2;
  return n * 2;
}
let s: number = 0;
for (let i = 0; i < 8; i++) s += pick(i) % 3;
console.log(s);
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(20), fib(20) % 7);
function bits(x: number): number {
  return (x >>> 0) & 0xffff;
}
let t: number = 0;
for (let i = 0; i < 10; i++) t += bits(-i * 65537);
console.log(t, t % 65536);
function neg(x: number): number {
  return -x;
}
console.log(isNegZero(neg(0) % 5), neg(3) % 2, neg(0) * 0);
