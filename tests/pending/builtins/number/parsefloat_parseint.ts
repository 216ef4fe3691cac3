// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: parseFloat and parseInt parse leading prefixes, radix handling, whitespace and special words
const strs = ["42", "  42px", "3.14abc", "-0", ".5", "5.", "1e3", "1e", "0x1F", "Infinity", "-Infinity", "abc", "", "  \n7", "1_000", "08", "0b11", "+12"];
console.log(strs.map((s) => parseFloat(s)).join(" "));
console.log(strs.map((s) => parseInt(s)).join(" "));
console.log(parseInt("ff", 16), parseInt("FF", 16), parseInt("0xff", 16), parseInt("z", 36), parseInt("101", 2), parseInt("9", 8), parseInt("12", 1), parseInt("12", 0));
console.log(parseInt("123456789012345678901234567890"), parseInt("1e21"), parseFloat("1e400"), parseFloat("-.0e5"));
console.log(Object.is(parseInt("-0"), -0), Object.is(parseFloat("-0"), -0));
