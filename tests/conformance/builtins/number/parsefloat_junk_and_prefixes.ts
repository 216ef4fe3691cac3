// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: parseFloat with leading whitespace, trailing junk, exponents, Infinity spellings and hex prefixes
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const inputs: string[] = ["3.14abc", "  \n\t 42", "-.5", "+.5e2", ".e1", "1e", "1e+", "1e-2x", "1.2.3", "Infinityx", "-Infinity", "infinity", "+Infinity", "0x1A", "0b11", "1_000", "", "   ", "abc", "-0", "-0.0e5", "\u00a0\u3000 7", "\ufeff8", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "0.1e-6", "00012.50", "NaN", "--1", "5..", "9.", "  -  3"];
for (const s of inputs) console.log(JSON.stringify(s), parseFloat(s), Number.parseFloat(s), isNegZero(parseFloat(s)));
console.log(parseFloat("1.7976931348623157e308"), parseFloat("1.7976931348623159e308"), parseFloat("2.4703282292062328e-324"), parseFloat("2.4703282292062327e-324"));
