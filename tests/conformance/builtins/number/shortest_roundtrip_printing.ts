// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: shortest round-trip decimal printing of many doubles, including exponent boundaries
const xs = [
  0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100, 1e15, 1e16, 1e20, 1e21, 1.5e21, 123e-20, 1e-6, 1e-7, 1.2e-6, 0.000001234,
  9007199254740993, 4.35, 0.1 * 3, 1.1 * 1.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 25 / 7, 123456789.123456789,
];
for (const x of xs) console.log(x, String(-x));
