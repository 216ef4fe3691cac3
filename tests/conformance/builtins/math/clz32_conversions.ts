// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: clz32 after ToUint32 conversion of negatives, fractions, huge values and specials, for every power of two
const xs: number[] = [0, -0, 1, 2, 3, 255, 256, 65535, 65536, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 32, 2 ** 32 + 1, 2 ** 33 - 1, -1, -(2 ** 31), -0.5, 0.5, 1.99, -1.99, 1e10, 1e21, NaN, Infinity, -Infinity, 2 ** 53 - 1];
for (const x of xs) console.log(x, Math.clz32(x));
const row: number[] = [];
for (let i = 0; i < 34; i++) row.push(Math.clz32(2 ** i), Math.clz32(2 ** i - 1));
console.log(row.join(" "));
