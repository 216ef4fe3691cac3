// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// ToInt32/ToUint32 in bitwise operators: wraparound, truncation, NaN and infinities
console.log(2 ** 32 + 5 | 0, 2 ** 31 | 0, 2 ** 31 - 1 | 0, -(2 ** 31) | 0, -(2 ** 31) - 1 | 0);
console.log(-1 >>> 0, -2 >>> 0, 2 ** 32 >>> 0, 2 ** 32 + 7 >>> 0, -(2 ** 32) - 1 >>> 0);
console.log(1 << 31, 1 << 30, 3 << 30, 0x7fffffff << 1);
console.log(NaN | 0, Infinity | 0, -Infinity | 0, (0 / 0) >>> 0, Infinity >>> 0);
console.log(1e20 | 0, 1e21 | 0, -1e20 | 0, 1e300 | 0, 2 ** 53 + 2 | 0);
console.log(2.9 | 0, -2.9 | 0, 0.5 | 0, -0.5 | 0, 2147483647.9 | 0, -2147483648.9 | 0);
console.log(4294967295.5 | 0, 4294967296.5 | 0, 4294967295.5 >>> 0, -0.9 >>> 0);
console.log(~~3.7, ~~-3.7, ~~(2 ** 40 + 3), ~~1e21);
console.log(5e-324 | 0, 1.7976931348623157e308 | 0, 123456789012 | 0, -123456789012 | 0);
let v: number = 1;
for (let i = 0; i < 40; i += 3) {
  console.log(i, v | 0, v >>> 0, v >> 0, ~v);
  v = v * 8 + 1;
}
let h: number = 0;
for (let i = 0; i < 100; i++) {
  h = (h * 31 + i) | 0;
}
console.log("hash", h, h >>> 0);
