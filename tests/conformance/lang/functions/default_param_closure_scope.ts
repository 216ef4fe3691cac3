// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: default parameter initializers can capture outer variables and earlier parameters in closures
let base = 100;
function f(a: number, get: () => number = () => a + base): number {
  a = a * 2;
  return get();
}
console.log(f(1));
base = 5;
console.log(f(1), f(1, () => -1));
function g(x: number, inc: () => number = () => ++x): string {
  inc();
  inc();
  return "x=" + x;
}
console.log(g(0), g(10));
