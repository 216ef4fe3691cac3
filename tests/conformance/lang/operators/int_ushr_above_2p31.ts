// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Unsigned shifts produce values above 2^31 that must stay unsigned through arithmetic.

const a: number = -1 >>> 0;
const b: number = 0x80000000 >>> 0;
console.log(a, b, a + b, a - b, a * 2, a % 7, b % 3, a > b, a === 4294967295);
let x: number = -123456789;
const u: number = x >>> 0;
console.log(u, u >>> 1, u >> 1, u | 0, u & 0x80000000, (u & 0x80000000) >>> 0);
let s: number = 0;
for (let i = 0; i < 40; i++) {
  x = (x * 1103515245 + 12345) >>> 0;
  s = (s + (x >>> 16)) >>> 0;
  if (i % 10 === 0) console.log(i, x, s, x > 2147483647);
}
console.log(s, s + s, (s << 1) >>> 0, s >>> 31);
for (let k = 0; k <= 33; k += 3) console.log(k, (-1 >>> k), (0x80000000 >>> k));
