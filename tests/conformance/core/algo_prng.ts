// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// xorshift32 and linear congruential generators using shifts, xor and >>> 0
let state: number = 2463534242;
function xorshift32(): number {
  let x: number = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x >>> 0;
  return state;
}
let line: string = "";
for (let i = 0; i < 10; i++) line += xorshift32() + " ";
console.log(line);
let lcg: number = 42;
function nextLcg(): number {
  // 32-bit multiply without Math.imul: split the multiplier into 16-bit halves
  let a: number = 1664525;
  let lo: number = (lcg & 0xffff) * a;
  let hi: number = (((lcg >>> 16) * a) & 0xffff) * 65536;
  lcg = (lo + hi + 1013904223) >>> 0;
  return lcg;
}
line = "";
for (let i = 0; i < 10; i++) line += nextLcg() + " ";
console.log(line);
let buckets0: number = 0, buckets1: number = 0, buckets2: number = 0, buckets3: number = 0;
for (let i = 0; i < 100000; i++) {
  let r: number = xorshift32() >>> 30;
  if (r === 0) buckets0++;
  else if (r === 1) buckets1++;
  else if (r === 2) buckets2++;
  else buckets3++;
}
console.log(buckets0, buckets1, buckets2, buckets3, buckets0 + buckets1 + buckets2 + buckets3);
let f: number = xorshift32() / 4294967296;
console.log(f, f < 1, f >= 0);
