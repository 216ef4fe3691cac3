// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: sinh, cosh, tanh, asinh, acosh and atanh
console.log(Math.sinh(0), Math.sinh(1), Math.sinh(-1), Math.cosh(0), Math.cosh(1), Math.tanh(1), Math.tanh(Infinity), Math.tanh(-0));
console.log(Math.asinh(1), Math.asinh(0), Math.acosh(1), Math.acosh(2), Math.acosh(0.5), Math.atanh(0.5), Math.atanh(1), Math.atanh(-1));
console.log(Math.sinh(710), Math.cosh(-710));
