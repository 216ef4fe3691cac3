// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: parseInt with explicit radixes, 0x prefixes, junk, signs, out-of-range radixes and large digit strings
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const cases: [string, number][] = [["42px", 10], ["  -17", 10], ["0x1f", 16], ["0x1f", 0], ["0x1f", 10], ["1f", 16], ["-0XfF", 16], ["0x", 16], ["z", 36], ["Zz", 36], ["101", 2], ["102", 2], ["2", 2], ["777", 8], ["89", 8], ["123", 1], ["123", 37], ["123", 4.9], ["123", -1], ["123", NaN], ["123", 2 ** 32 + 10], ["", 10], ["-", 10], ["+5", 10], ["3.99", 10], ["1e5", 10], ["  \n12 34", 10], ["9007199254740993", 10], ["123456789012345678901234567890", 10], ["ffffffffffffffffffff", 16], ["-0", 10], ["0.0000005", 10], ["\u00a012", 10], ["Infinity", 10], ["Infinity", 36], ["0b11", 10], ["0o17", 10]];
for (const [s, r] of cases) console.log(JSON.stringify(s), r, parseInt(s, r), Number.parseInt(s, r));
const plain: string[] = ["0x10", "010", "  99 bottles", "-0x10", "1_0", "٣"];
for (const s of plain) console.log(JSON.stringify(s), parseInt(s), isNegZero(parseInt(s)));
console.log(parseInt("-0", 10), isNegZero(parseInt("-0", 10)), parseInt(String(1e21)), parseInt(String(0.0000005)));
