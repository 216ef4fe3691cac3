// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// mandelbrot: the Benchmarks Game program (50 iterations, escape radius 2),
// packing 8 pixels a byte; instead of writing the PBM it folds the bytes into
// a 32-bit checksum, so it needs no arrays.

const SIZE: number = 4000;
const ITER: number = 50;
let hash: number = 0;
let setBits: number = 0;
for (let y = 0; y < SIZE; y++) {
  const ci: number = (2 * y) / SIZE - 1;
  let byte: number = 0;
  let bit: number = 0;
  for (let x = 0; x < SIZE; x++) {
    const cr: number = (2 * x) / SIZE - 1.5;
    let zr: number = 0;
    let zi: number = 0;
    let tr: number = 0;
    let ti: number = 0;
    let i: number = 0;
    while (i < ITER && tr + ti <= 4) {
      zi = 2 * zr * zi + ci;
      zr = tr - ti + cr;
      tr = zr * zr;
      ti = zi * zi;
      i++;
    }
    byte = byte << 1;
    if (tr + ti <= 4) {
      byte = byte | 1;
      setBits++;
    }
    bit++;
    if (bit === 8 || x === SIZE - 1) {
      if (bit < 8) byte = byte << (8 - bit);
      hash = (hash * 31 + byte) >>> 0;
      byte = 0;
      bit = 0;
    }
  }
}
console.log('mandelbrot', SIZE, 'set pixels:', setBits, 'checksum:', hash);
