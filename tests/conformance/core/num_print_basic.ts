// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log formatting of common doubles: shortest round-trip digits, exponent thresholds, extremes
console.log(0, 1, -1, 42, 100, 1000000);
console.log(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 0.3 - 0.1);
console.log(1 / 3, 2 / 3, 10 / 3, 1 / 7, 22 / 7);
console.log(0.5, 0.25, 0.125, 1.5, -2.75);
console.log(1e21, 1e20, 999999999999999900000, 123456789012345680000);
console.log(1e-7, 1e-6, 0.000001, 0.0000001, 1.5e-7, 0.00001234);
console.log(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 - 1);
console.log(9007199254740993, 18446744073709551615, 2 ** 64);
console.log(1e100, 1.2345e-100, 6.02214076e23, 1.602176634e-19);
console.log(123.456, 1.005, 4.35, 0.7, 1.1 * 1.1);
console.log(1e15 + 0.3, 1e16 + 1, 12345678.9, 0.1 + 0.7);
console.log(-1e21, -1e-7, -5e-324, -123456789012345680000);
console.log(1 / 0, -1 / 0, 0 / 0);
