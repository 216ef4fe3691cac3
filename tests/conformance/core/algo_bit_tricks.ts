// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// bit manipulation: population count, bit reversal, leading/trailing zeros, power-of-two tests
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  x = x + (x >>> 8);
  x = x + (x >>> 16);
  return x & 0x3f;
}
function reverseBits(x: number): number {
  let r: number = 0;
  for (let i = 0; i < 32; i++) {
    r = (r << 1) | (x & 1);
    x >>>= 1;
  }
  return r >>> 0;
}
function clz(x: number): number {
  x = x >>> 0;
  if (x === 0) return 32;
  let n: number = 0;
  while ((x & 0x80000000) === 0) {
    x <<= 1;
    n++;
  }
  return n;
}
function ctz(x: number): number {
  if ((x | 0) === 0) return 32;
  let n: number = 0;
  while ((x & 1) === 0) {
    x >>>= 1;
    n++;
  }
  return n;
}
function isPow2(x: number): boolean {
  return x > 0 && (x & (x - 1)) === 0;
}
let values: string = "";
let v: number = 1;
for (let i = 0; i < 12; i++) {
  console.log(v, popcount(v), reverseBits(v), clz(v), ctz(v), isPow2(v));
  v = (v * 7 + 3) | 0;
  values += v + " ";
}
console.log(values);
console.log(popcount(-1), popcount(0), reverseBits(-1), clz(-1), ctz(1 << 31), clz(0));
let pows: number = 0;
for (let i = 1; i <= 1 << 16; i++) if (isPow2(i)) pows++;
console.log("powers of two up to 65536:", pows);
let gray: string = "";
for (let i = 0; i < 16; i++) gray += (i ^ (i >> 1)) + " ";
console.log("gray", gray);
