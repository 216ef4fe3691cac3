// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: Number() conversion of strings (whitespace, hex, binary, octal, exponents), booleans, null, undefined, arrays
const strs = ["", " ", "42", " 42 ", "4 2", "0x10", "0b101", "0o17", "1e3", "-1e-3", ".5", "5.", "Infinity", "-Infinity", "infinity", "1_000", "12px", "\n\t3\n", "+5", "--5", "0x", "00012"];
console.log(strs.map((s) => Number(s)).join(" "));
console.log(Number(true), Number(false), Number(null), Number(undefined), Number([]), Number([7]), Number([1, 2]), Number({}));
console.log(+"3" + +"4", -"5", +[], +"", +" 12 ");
