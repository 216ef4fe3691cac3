// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toFixed rounding with exact binary values, large values switching to exponent form, negatives
const xs = [1.005, 1.045, 2.5, -2.5, 0.000001, 123.456, 1e20, 1e21, -0, 0.5, 1.45, 8.345, 10.235];
for (const d of [0, 1, 2, 5]) console.log(d, xs.map((x) => x.toFixed(d)).join(" "));
console.log((0).toFixed(100).length, NaN.toFixed(2), (-1.5e-10).toFixed(3), (123).toFixed());
