// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: object keys written as numeric literals (fractions, exponents, hex, huge) print in their canonical string form, quoted when not identifiers
console.log({ 0.5: "half", 1e21: "big", 0x10: "hex", 1e-7: "tiny", 0o7: "oct", 1.0: "one", 4294967296: "2^32", 9007199254740993: "unsafe" });
console.log({ 2: "b", 1: "a", 0: "z", 100: "h", 99: "n" });
const o = { 3: [3], 1: [1], x: { 20: "t", 10: "te" } };
console.log(o, [o]);
