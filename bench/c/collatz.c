// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// collatz: C baseline for bench/programs/collatz.ts.
#include <stdint.h>
#include <stdio.h>

int main(void) {
  const long limit = 600000;
  long best = 1, best_len = 1, total = 0;
  for (long start = 1; start < limit; start++) {
    uint64_t n = (uint64_t)start;
    long len = 1;
    while (n != 1) {
      n = n % 2 == 0 ? n / 2 : 3 * n + 1;
      len++;
    }
    total += len;
    if (len > best_len) {
      best_len = len;
      best = start;
    }
  }
  printf("collatz below %ld longest: %ld length: %ld total: %ld\n", limit, best, best_len, total);
  return 0;
}
