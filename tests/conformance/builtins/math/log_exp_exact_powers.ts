// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: log2, log10, log, exp and sqrt on exact powers, arguments near 1 and the special values
for (let i = -8; i <= 8; i++) console.log(i, Math.log2(2 ** i), Math.log10(10 ** i), Math.log(Math.E ** i), Math.exp(i), Math.sqrt(4 ** i));
const xs: number[] = [0, -0, -1, 1, 1 + 1e-15, 1 - 1e-15, 0.5, 3, 1000, 1e300, 5e-324, NaN, Infinity, -Infinity];
for (const x of xs) console.log(x, Math.log(x), Math.log2(x), Math.log10(x), Math.exp(x), Math.sqrt(x));
console.log(Math.log2(3), Math.log10(2), Math.log(10), Math.exp(1) === Math.E, Math.exp(-745.2), Math.exp(709.78), Math.sqrt(2) * Math.sqrt(2));
