// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: fround rounds to the nearest float32: ties to even, overflow to Infinity, subnormals and underflow to signed zero
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const xs: number[] = [0, -0, 1, 0.1, -0.1, 1 / 3, 16777216, 16777217, 16777218, 16777219, 3.4028234663852886e38, 3.4028235677973366e38, 3.4028236e38, -3.5e38, 1.401298464324817e-45, 7e-46, 7.006492321624086e-46, 7.1e-46, -1e-46, 1.1754943508222875e-38, 2 ** -126 * 1.5, NaN, Infinity, 5e-324, 1e308, 123456789, 0.5 + 2 ** -25, 1 + 2 ** -24, 1 + 2 ** -24 + 2 ** -40];
for (const x of xs) console.log(x, Math.fround(x), isNegZero(Math.fround(x)), Math.fround(Math.fround(x)) === Math.fround(x) || Number.isNaN(x));
let sum = 0;
for (let i = 0; i < 20; i++) sum = Math.fround(sum + 0.1);
console.log(sum, Math.fround(sum * 3), Math.fround(-2.5), Math.fround(2 ** 128), Math.fround(2 ** 127 * 1.9999999));
