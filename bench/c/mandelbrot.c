// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// mandelbrot: C baseline for bench/programs/mandelbrot.ts.
#include <stdint.h>
#include <stdio.h>

int main(void) {
  const int size = 4000, iter = 50;
  uint32_t hash = 0;
  long set_bits = 0;
  for (int y = 0; y < size; y++) {
    double ci = (2.0 * y) / size - 1;
    int byte = 0, bit = 0;
    for (int x = 0; x < size; x++) {
      double cr = (2.0 * x) / size - 1.5;
      double zr = 0, zi = 0, tr = 0, ti = 0;
      for (int i = 0; i < iter && tr + ti <= 4; i++) {
        zi = 2 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
      }
      byte <<= 1;
      if (tr + ti <= 4) {
        byte |= 1;
        set_bits++;
      }
      bit++;
      if (bit == 8 || x == size - 1) {
        if (bit < 8) byte <<= 8 - bit;
        hash = hash * 31 + (uint32_t)byte;
        byte = 0;
        bit = 0;
      }
    }
  }
  printf("mandelbrot %d set pixels: %ld checksum: %u\n", size, set_bits, hash);
  return 0;
}
