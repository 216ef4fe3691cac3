// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: cbrt, expm1 and log1p on exact cubes, tiny arguments where precision matters, and special values
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const cubes: number[] = [0, -0, 1, -1, 8, -27, 64, 1000, 1e-9, 1e300, 2, 3, 0.001, NaN, Infinity, -Infinity, 5e-324];
for (const x of cubes) console.log("cbrt", x, Math.cbrt(x), isNegZero(Math.cbrt(x)));
const smalls: number[] = [0, -0, 1e-20, -1e-20, 1e-10, 1e-5, 0.5, 1, -1, 10, 709, 710, -745, -0.9999, -1.5, NaN, Infinity, -Infinity, 1e-300];
for (const x of smalls) console.log(x, Math.expm1(x), Math.log1p(x), Math.exp(x) - 1, Math.log(1 + x), isNegZero(Math.expm1(x)), isNegZero(Math.log1p(x)));
