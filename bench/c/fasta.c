// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fasta: C baseline for bench/programs/fasta.ts (checksum instead of output).
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define IM 139968
#define IA 3877
#define IC 29573
#define LINE 60

static long last = 42;
static double random1(double max) {
  last = (last * IA + IC) % IM;
  return max * last / IM;
}

static uint32_t hash;
static long bytes;
static void put(int c) {
  hash = hash * 31 + (uint32_t)c;
  bytes++;
}
static void put_string(const char *s) {
  while (*s) put((unsigned char)*s++);
}

static const char alu[] =
  "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
  "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
  "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
  "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
  "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
  "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
  "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

struct freq { int c; double p; };

static void repeat_fasta(const char *src, long n) {
  long k = 0, len = (long)strlen(src);
  for (long i = 0; i < n; i++) {
    put((unsigned char)src[k]);
    if (++k == len) k = 0;
    if (i % LINE == LINE - 1 || i == n - 1) put(10);
  }
}

static void random_fasta(struct freq *t, int len, long n) {
  double cum = 0;
  for (int i = 0; i < len; i++) {
    cum += t[i].p;
    t[i].p = cum;
  }
  for (long i = 0; i < n; i++) {
    double r = random1(1);
    int j = 0;
    while (j < len - 1 && r >= t[j].p) j++;
    put(t[j].c);
    if (i % LINE == LINE - 1 || i == n - 1) put(10);
  }
}

int main(void) {
  const long n = 2500000;
  struct freq iub[] = {
    {'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
    {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
  };
  struct freq homo[] = {
    {'a', 0.3029549426680}, {'c', 0.1979883004921}, {'g', 0.1975473066391}, {'t', 0.3015094502008},
  };
  put_string(">ONE Homo sapiens alu\n");
  repeat_fasta(alu, 2 * n);
  put_string(">TWO IUB ambiguity codes\n");
  random_fasta(iub, 15, 3 * n);
  put_string(">THREE Homo sapiens frequency\n");
  random_fasta(homo, 4, 5 * n);
  printf("fasta %ld bytes: %ld checksum: %u\n", n, bytes, hash);
  return 0;
}
