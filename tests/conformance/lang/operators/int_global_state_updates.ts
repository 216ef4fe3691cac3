// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Module-level integer state updated by compound assignments inside functions.

let seed: number = 12345;
let count: number = 0;
let mask: number = 0xff;
function next(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  count++;
  return seed;
}
function bucket(v: number): number {
  return (v & mask) % 10;
}
const hist: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
for (let i = 0; i < 1000; i++) hist[bucket(next())]++;
console.log(seed, count, hist.join(' '));
mask <<= 4;
mask |= 1;
console.log(mask, bucket(next()), seed % 1000, -seed % 1000);
seed = 0.5;
console.log(next(), seed, count);
