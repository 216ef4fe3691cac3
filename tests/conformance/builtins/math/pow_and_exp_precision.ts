// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: pow and exp on arguments where correct rounding is hard: bases near 1, large exponents, integer powers and near overflow/underflow
const ps: [number, number][] = [[1.0000001, 1e7], [1.0000001, 1e15], [0.9999999, 1e9], [1 + 2 ** -52, 2 ** 52], [2, 0.5], [2, -0.5], [10, 308], [10, 309], [10, -323], [10, -324], [7, 0.1], [1.1, 1000], [0.5, 1074], [0.5, 1075], [3, 0.3333333333333333], [-2, 1023], [-2, 1024], [-2, 1025], [1e-5, -60], [123.456, 7.89], [2, 1023.9999999], [Math.E, 709.7], [Math.PI, Math.E]];
for (const [b, e] of ps) console.log(b, e, Math.pow(b, e), b ** e);
for (let i = 0; i <= 40; i++) console.log(i, 3 ** i, 1.1 ** i, 0.3 ** i, (-1.7) ** i);
const xs: number[] = [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, 0.5, 1e-17, 88.7, 36.04, -36.04];
for (const x of xs) console.log(x, Math.exp(x), Math.expm1(x), Math.sinh(x), Math.cosh(x));
