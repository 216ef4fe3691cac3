// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: pow, sqrt, cbrt and hypot including special cases (NaN exponents, negative bases, infinities)
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(-2, 3), Math.pow(0, -1), Math.pow(-0, -1));
console.log(Math.pow(1, Infinity), Math.pow(NaN, 0), Math.pow(1, NaN), Math.pow(-1, Infinity), Math.pow(0.5, -Infinity));
console.log(Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.sqrt(Infinity), Math.sqrt(1e-310));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.cbrt(-0));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1, 1, 1), Math.hypot(NaN, Infinity), Math.hypot(1e200, 1e200));
