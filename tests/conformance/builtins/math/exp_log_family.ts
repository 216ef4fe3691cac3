// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: exp, expm1, log, log1p, log2 and log10 on ordinary and edge inputs
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(710), Math.exp(-Infinity));
console.log(Math.expm1(0), Math.expm1(1e-10), Math.expm1(1), Math.expm1(-Infinity));
console.log(Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1), Math.log(10));
console.log(Math.log1p(0), Math.log1p(1e-10), Math.log1p(-1), Math.log1p(Math.E - 1));
console.log(Math.log2(8), Math.log2(1024), Math.log2(3), Math.log10(1000), Math.log10(0.001), Math.log10(2));
