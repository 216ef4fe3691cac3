// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: the eight constants printed at full precision
console.log(Math.PI, Math.E, Math.LN2, Math.LN10);
console.log(Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
