// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// prng-hash: C baseline for bench/programs/prng-hash.ts.
#include <stdint.h>
#include <stdio.h>

static uint32_t state = 2463534242u;
static uint32_t xorshift32(void) {
  uint32_t x = state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return state = x;
}

int main(void) {
  const long rounds = 40000000;
  uint32_t h = 2166136261u;
  long b[4] = {0, 0, 0, 0};
  for (long i = 0; i < rounds; i++) {
    uint32_t r = xorshift32();
    h = (h ^ (r & 0xff)) * 16777619u;
    h = (h ^ ((r >> 8) & 0xff)) * 16777619u;
    // The same if-chain as the TypeScript version (an indexed b[r >> 30]++
    // is a different, branch-free algorithm: 95 ms against 240 ms here).
    uint32_t top = r >> 30;
    if (top == 0) b[0]++;
    else if (top == 1) b[1]++;
    else if (top == 2) b[2]++;
    else b[3]++;
  }
  printf("prng-hash rounds: %ld fnv: %u buckets: %ld %ld %ld %ld\n", rounds, h, b[0], b[1], b[2], b[3]);
  return 0;
}
