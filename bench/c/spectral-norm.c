// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// spectral-norm: C baseline for bench/programs/spectral-norm.ts.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(int i, int j) { return 1.0 / (((double)(i + j) * (i + j + 1)) / 2 + i + 1); }

static void mul_av(int n, const double *v, double *av) {
  for (int i = 0; i < n; i++) {
    double sum = 0;
    for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

static void mul_atv(int n, const double *v, double *atv) {
  for (int i = 0; i < n; i++) {
    double sum = 0;
    for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
    atv[i] = sum;
  }
}

static void mul_atav(int n, const double *v, double *out, double *tmp) {
  mul_av(n, v, tmp);
  mul_atv(n, tmp, out);
}

int main(void) {
  const int n = 3000;
  double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
  for (int i = 0; i < n; i++) u[i] = 1, v[i] = 0, tmp[i] = 0;
  for (int i = 0; i < 10; i++) {
    mul_atav(n, u, v, tmp);
    mul_atav(n, v, u, tmp);
  }
  double vbv = 0, vv = 0;
  for (int i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printf("%.9f\n", sqrt(vbv / vv));
  return 0;
}
