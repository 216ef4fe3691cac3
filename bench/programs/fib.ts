// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fib: naive doubly recursive Fibonacci — call overhead and number arithmetic.

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const N: number = 40;
console.log('fib(' + N + ') =', fib(N));
