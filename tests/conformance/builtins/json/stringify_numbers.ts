// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify of numbers: shortest form, exponents, -0 as 0, NaN and Infinity as null
console.log(JSON.stringify(1), JSON.stringify(-0), JSON.stringify(0.1 + 0.2), JSON.stringify(1e21), JSON.stringify(1e-7));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity), JSON.stringify(5e-324));
console.log(JSON.stringify([1, -0, NaN, Infinity, 2 ** 53, -1.5e300]));
