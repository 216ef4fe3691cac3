// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A parameter called with integers from some sites and fractions or huge values from others.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
function f(a: number, b: number): number {
  return (a * b) % 7;
}
function g(n: number): number {
  let s: number = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
console.log(f(3, 4), f(-3, 4), f(0, -1), isNegZero(f(0, -1)), f(1.5, 2), f(2 ** 40, 2 ** 20), f(-7, 1));
console.log(g(10), g(3.5), g(0), g(-2));
function half(x: number): number {
  return x / 2;
}
function twice(x: number): number {
  return x * 2;
}
let t: number = 5;
for (let i = 0; i < 3; i++) t = twice(half(t)) + 1;
console.log(t, half(t), half(-0), twice(-0));
function id(x: number): number {
  return x;
}
console.log(id(3) % 2, id(-3) % 2, isNegZero(id(-4) % 2));
