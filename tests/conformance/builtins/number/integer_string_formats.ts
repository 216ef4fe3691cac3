// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: hexadecimal, octal, binary and exponent literals, numeric separators, and their printed forms
console.log(0xff, 0o17, 0b1011, 1_000_000, 1e3, 2.5e-3, 0.1e1, 0xFFFF_FFFF);
console.log((0x10).toString(), (0b11).toString(2), 1_0.5, 0o17 === 15, 0b1111 === 0xf, 1_0e1_0);
