// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// hello: the smallest tsxen appliance. It greets, does a little arithmetic
// with JavaScript's exact number semantics, and shuts the machine down.

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

console.log('Hello from tsxen!');
console.log('fib(20) =', fib(20));
console.log('0.1 + 0.2 =', 0.1 + 0.2, '| 2 ** 70 =', 2 ** 70, '| -1 >>> 0 =', -1 >>> 0);
