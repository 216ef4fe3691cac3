// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-array-sort: C baseline for bench/programs/micro-array-sort.ts
// (a growing double array, qsort with a comparator).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t state = 2463534242u;
static uint32_t xorshift32(void) {
  uint32_t x = state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return state = x;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(void) {
  const long n = 1000000;
  const int rounds = 1;
  long long checksum = 0;
  int sorted = 1;
  for (int r = 0; r < rounds; r++) {
    long cap = 16, len = 0;
    double *a = malloc(cap * sizeof *a);
    for (long i = 0; i < n; i++) {
      if (len == cap) a = realloc(a, (cap *= 2) * sizeof *a);
      a[len++] = xorshift32() % 1000000;
    }
    qsort(a, len, sizeof *a, cmp);
    for (long i = 1; i < n; i++)
      if (a[i - 1] > a[i]) sorted = 0;
    for (long i = 0; i < n; i += 1000) checksum = (checksum * 31 + (long long)a[i]) % 2147483647;
    free(a);
  }
  printf("array-sort n: %ld sorted: %s checksum: %lld\n", n, sorted ? "true" : "false", checksum);
  return 0;
}
