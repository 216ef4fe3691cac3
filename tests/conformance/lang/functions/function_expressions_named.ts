// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: named function expressions can call themselves by their own name
const fact = function f(n: number): number {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(5), fact(12));
const fib = function fibo(n: number): number {
  return n < 2 ? n : fibo(n - 1) + fibo(n - 2);
};
console.log(fib(20));
const ops: Array<(a: number, b: number) => number> = [
  function (a: number, b: number): number {
    return a + b;
  },
  function mul(a: number, b: number): number {
    return a * b;
  },
  (a, b) => a - b,
];
console.log(ops.map((op) => op(6, 3)).join(" "));
