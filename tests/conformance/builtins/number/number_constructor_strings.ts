// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: Number() on strings with whitespace, prefixes, signs, separators and on booleans and null
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const inputs: string[] = ["", " ", "12", " 12 ", "\n12\t", "1_000", "0x1F", "0X1f", "-0x1F", "0b101", "0o17", "0B2", "1e3", "1E-3", ".5", "5.", ".", "+5", "-5", "--5", "Infinity", "-Infinity", "infinity", "NaN", "-0", "12px", "1,000", "\u00a05\u2028", "0000123", "1e1000", "0x", "4.9e-324", "١"];
for (const s of inputs) {
  const n = Number(s);
  console.log(JSON.stringify(s), n, isNegZero(n), Number.isNaN(n));
}
console.log(Number(true), Number(false), Number(null), Number(undefined), Number(-0), Number(5e-324));
console.log(Number(String(0.1 + 0.2)) === 0.1 + 0.2, Number((123.456).toFixed(1)), Number("9007199254740993"));
console.log(+"  42  ", +"", +"abc", -"5", +"0x10", +true);
