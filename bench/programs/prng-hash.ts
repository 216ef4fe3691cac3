// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// prng-hash: integer-heavy loop — xorshift32 feeding FNV-1a, with the 32-bit
// multiply done in 16-bit halves (exact in doubles), bucket counts by top bits.

let state: number = 2463534242;
function xorshift32(): number {
  let x: number = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x >>> 0;
  return state;
}

// h * 16777619 mod 2^32, without Math.imul.
function fnvMul(h: number): number {
  const lo: number = (h & 0xffff) * 16777619;
  const hi: number = (((h >>> 16) * 16777619) & 0xffff) * 65536;
  return (lo + hi) >>> 0;
}

const ROUNDS: number = 40000000;
let h: number = 2166136261;
let b0: number = 0;
let b1: number = 0;
let b2: number = 0;
let b3: number = 0;
for (let i = 0; i < ROUNDS; i++) {
  const r: number = xorshift32();
  h = fnvMul((h ^ (r & 0xff)) >>> 0);
  h = fnvMul((h ^ ((r >>> 8) & 0xff)) >>> 0);
  const top: number = r >>> 30;
  if (top === 0) b0++;
  else if (top === 1) b1++;
  else if (top === 2) b2++;
  else b3++;
}
console.log('prng-hash rounds:', ROUNDS, 'fnv:', h, 'buckets:', b0, b1, b2, b3);
