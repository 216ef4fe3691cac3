// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// mandelbrot, AssemblyScript: bench/programs/mandelbrot.ts with i32/u32/f64.
import { print } from './env';

export function main(): void {
  const SIZE: i32 = 4000;
  const ITER: i32 = 50;
  let hash: u32 = 0;
  let setBits: i32 = 0;
  for (let y: i32 = 0; y < SIZE; y++) {
    const ci: f64 = (2.0 * y) / SIZE - 1;
    let byte: i32 = 0;
    let bit: i32 = 0;
    for (let x: i32 = 0; x < SIZE; x++) {
      const cr: f64 = (2.0 * x) / SIZE - 1.5;
      let zr: f64 = 0;
      let zi: f64 = 0;
      let tr: f64 = 0;
      let ti: f64 = 0;
      let i: i32 = 0;
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
        hash = hash * 31 + <u32>byte;
        byte = 0;
        bit = 0;
      }
    }
  }
  print('mandelbrot ' + SIZE.toString() + ' set pixels: ' + setBits.toString() + ' checksum: ' + hash.toString());
}
