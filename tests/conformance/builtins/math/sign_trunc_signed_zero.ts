// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: sign and trunc on signed zeros, fractions, huge values and specials, compared with floor and ceil
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const xs: number[] = [0, -0, 0.4, -0.4, 0.5, -0.5, 0.9999, -0.9999, 1.5, -1.5, 2.5, -2.5, 1e21 + 0.5, -4.7e15 - 0.5, 2 ** 52 + 0.5, 5e-324, -5e-324, NaN, Infinity, -Infinity];
for (const x of xs) {
  console.log(x, Math.sign(x), Math.trunc(x), Math.floor(x), Math.ceil(x), Math.round(x), isNegZero(Math.sign(x)), isNegZero(Math.trunc(x)), isNegZero(Math.ceil(x)), isNegZero(Math.round(x)));
}
