// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// numeric literal forms: hex, octal, binary, exponents, leading and trailing dots, separators
console.log(0xff, 0XFF, 0xDEADBEEF, 0x0, 0x7fffffff, 0xffffffffffffffff);
console.log(0o17, 0O777, 0b1011, 0B11111111, 0b0);
console.log(.5, 5., 0.5e1, 5e-1, 1E3, 1e+3, 2.5e-3, 1_000_000, 0xff_ff);
console.log(1_0.0_1, 0b1010_1010, 0o7_7, 1e1_0);
console.log(0.0, 1.0, 100.000, 1.50, 9007199254740993, 0.1e-5);
console.log(1.7976931348623157e308, 1.7976931348623158e308, 1.7976931348623159e308, 4.9e-324, 2.4e-324, 2.5e-324);
console.log(123456789012345678901234567890, 0.000000000000000000000000000001);
