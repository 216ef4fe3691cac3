// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: abs, min and max with no arguments, NaN anywhere, and signed zeros
console.log(Math.abs(-5), Math.abs(-0), Math.abs(-Infinity), Math.abs(NaN), Math.abs(-Number.MAX_VALUE));
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(NaN, 1));
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, -0), -0));
console.log(Math.max(1, 5, 3), Math.min(4, -2, 9), Math.max(-Infinity, -1e308));
