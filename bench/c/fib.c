// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fib: C baseline for bench/programs/fib.ts (doubles, as in the TypeScript).
#include <stdio.h>

static double fib(double n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  const int n = 40;
  printf("fib(%d) = %.0f\n", n, fib(n));
  return 0;
}
