// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: bitwise operators convert through ToInt32/ToUint32 with wraparound
const xs = [1.9, -1.9, 2 ** 31, 2 ** 32, 2 ** 32 + 3, -(2 ** 31) - 1, NaN, Infinity, 1e21, 4294967295.5];
console.log(xs.map((x) => x | 0).join(" "));
console.log(xs.map((x) => x >>> 0).join(" "));
console.log(xs.map((x) => ~x).join(" "));
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 0, -1 >> 31, -1 >>> 31, 5 >> 1, -5 >> 1, -5 >>> 28);
console.log(0xff ^ 0x0f, 0xf0 & 0x3c, 0xf0 | 0x0f, ~~3.7, ~~-3.7);
