// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// bitwise and, or, xor and not on negative, large, fractional and special operands
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0, ~-0);
console.log(-1 & 0xff, -256 | 15, -1 ^ 0x0f0f0f0f, ~0x7fffffff, ~0xffffffff);
console.log(0xffffffff & 0xffffffff, 0xffffffff | 0, 0xffffffff ^ 0, (0xffffffff & 0xffffffff) >>> 0);
console.log(2 ** 32 + 3 & 7, 2 ** 40 | 1, 6.9 & 3.9, -6.9 | 0.1, 1.5 ^ 2.5);
console.log(NaN & 1, NaN | 1, Infinity ^ 1, ~NaN, ~Infinity, ~1e21, ~2.5, ~-2.5);
console.log(0x12345678 & 0xf0f0f0f0, 0x12345678 | 0x0f0f0f0f, 0x12345678 ^ 0xffffffff);
let a: number = 0xdeadbeef;
console.log(a, a | 0, a >>> 0, a & 0xffff, a >>> 16, (a >> 16) & 0xffff);
let acc: number = 0;
for (let i = 0; i < 32; i++) {
  acc = acc ^ (1 << i);
  if (i % 4 === 3) {
    console.log(i, acc, acc >>> 0, ~acc);
  }
}
let m: number = 0xf0;
m &= 0x3c;
console.log(m);
m |= 0x101;
console.log(m);
m ^= 0xfff;
console.log(m);
console.log(1 | 2 & 3 ^ 4, (1 | 2) & (3 ^ 4), 7 & 3 | 4 ^ 1);
