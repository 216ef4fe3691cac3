// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: asinh, acosh, atanh, asin, acos and atan at domain edges, signed zeros, tiny and huge arguments
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const f = (x: number): string => (isNegZero(x) ? "-0" : String(x));
const xs: number[] = [0, -0, 1e-300, -1e-10, 0.5, -0.5, 0.9999999, 1, -1, 1.0000001, 2, 10, 1e10, 1e300, -1e300, NaN, Infinity, -Infinity];
for (const x of xs) console.log(f(x), f(Math.asinh(x)), f(Math.acosh(x)), f(Math.atanh(x)), f(Math.asin(x)), f(Math.acos(x)), f(Math.atan(x)));
for (const x of xs) console.log(f(x), f(Math.sinh(x)), f(Math.cosh(x)), f(Math.tanh(x)), f(Math.sin(x)), f(Math.cos(x)), f(Math.tan(x)));
