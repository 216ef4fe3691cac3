// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: hypot with no, one and many arguments, infinities beating NaN, signed zeros and overflow-safe scaling
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
console.log(Math.hypot(), Math.hypot(3), Math.hypot(-3), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(1, 1, 1, 1));
console.log(Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(-0), isNegZero(Math.hypot(-0, -0)));
console.log(Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200), Math.hypot(1e308, 1e308), Math.hypot(5e-324, 5e-324));
console.log(Math.hypot(0.1, 0.2), Math.hypot(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Math.hypot(-5, 12), Math.hypot(2 ** 53, 1));
const vs: number[] = [1.5, -2.25, 3.125, 1e-10, 7];
console.log(Math.hypot(vs[0], vs[1], vs[2], vs[3], vs[4]), Math.sqrt(vs.reduce((a, v) => a + v * v, 0)));
for (let i = 1; i <= 10; i++) console.log(i, Math.hypot(i, i + 1), Math.hypot(i / 7, 1 / i, i * 1e10));
