// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fib, AssemblyScript: bench/programs/fib.ts with f64 for number.
import { print } from './env';

function fib(n: f64): f64 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

export function main(): void {
  const N: i32 = 40;
  print('fib(' + N.toString() + ') = ' + (<i64>fib(N)).toString());
}
