// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math.imul wraps to int32 and converts its arguments with ToInt32.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const pairs: number[][] = [[3, 4], [-5, 12], [0xffffffff, 5], [0x7fffffff, 2], [0x80000000, -1], [65536, 65536],
  [2.9, 3.9], [-2.9, 3], [NaN, 5], [Infinity, 3], [1e10, 7], [-0, 5], [0, -5], [2 ** 53, 3], [123456789, 987654321]];
for (const p of pairs) {
  const r: number = Math.imul(p[0], p[1]);
  console.log(p[0], p[1], r, isNegZero(r));
}
let h: number = 0x811c9dc5 | 0;
for (let i = 0; i < 100; i++) h = Math.imul(h ^ (i & 0xff), 16777619);
console.log(h, h >>> 0);
let m: number = 1;
for (let i = 0; i < 40; i++) m = Math.imul(m, 3) + 1;
console.log(m);
