// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// shift operators: counts masked to 5 bits, sign propagation, zero fill, fractional and negative counts
console.log(1 << 32, 1 << 33, 1 << 31, 1 << -1, 1 << -31, 1 << 64);
console.log(-1 >> 1, -1 >> 31, -1 >> 32, -1 >>> 1, -1 >>> 31, -1 >>> 32);
console.log(-8 >> 1, -8 >>> 1, -8 >>> 28, 8 >> 100, 8 >>> 35);
console.log(1 << 1.9, 1 << -0.5, 5 >> NaN, 5 << Infinity, 5 >>> -Infinity);
console.log(0x80000000 >> 0, 0x80000000 >>> 0, 0x80000000 >> 31, 0xffffffff >> 16);
console.log(2 ** 32 + 16 >> 2, 1.5e10 >> 3, -1.5e10 >>> 3);
for (let s = -2; s <= 34; s += 3) {
  console.log(s, 13 << s, -13 >> s, -13 >>> s, 0x55aa55aa << s);
}
let x: number = 1;
x <<= 31;
console.log(x);
x >>= 4;
console.log(x);
x >>>= 4;
console.log(x);
x <<= 37;
console.log(x);
