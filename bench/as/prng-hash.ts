// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// prng-hash, AssemblyScript: bench/programs/prng-hash.ts with u32 (the
// 16-bit-halves multiply becomes a plain wrapping u32 multiply).
import { print } from './env';

let state: u32 = 2463534242;
function xorshift32(): u32 {
  let x: u32 = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x;
  return state;
}

export function main(): void {
  const ROUNDS: i32 = 40000000;
  let h: u32 = 2166136261;
  let b0: i32 = 0;
  let b1: i32 = 0;
  let b2: i32 = 0;
  let b3: i32 = 0;
  for (let i: i32 = 0; i < ROUNDS; i++) {
    const r: u32 = xorshift32();
    h = (h ^ (r & 0xff)) * 16777619;
    h = (h ^ ((r >>> 8) & 0xff)) * 16777619;
    const top: u32 = r >>> 30;
    if (top === 0) b0++;
    else if (top === 1) b1++;
    else if (top === 2) b2++;
    else b3++;
  }
  print('prng-hash rounds: ' + ROUNDS.toString() + ' fnv: ' + h.toString() + ' buckets: ' +
    b0.toString() + ' ' + b1.toString() + ' ' + b2.toString() + ' ' + b3.toString());
}
