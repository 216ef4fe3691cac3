// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify numbers as JS prints them: -0, exponents, large and tiny values
const xs = [0, -0, 1e21, 1e20, 123456789012345680000, 1e-6, 1e-7, 1.5e-7, 0.000001234, 2 ** 53, 2 ** 53 + 2, -1e-300, 1.7976931348623157e308, 5e-324, 0.1 * 3, 100, 1 / 3, -123.456];
console.log(JSON.stringify(xs));
for (const x of xs) console.log(JSON.stringify(x), JSON.stringify({ x }));
console.log(JSON.stringify([NaN, -NaN, Infinity, -Infinity, 0 / 0]));
