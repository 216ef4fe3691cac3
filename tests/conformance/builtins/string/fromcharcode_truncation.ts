// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: fromCharCode wraps values modulo 2^16 and truncates fractions; fromCodePoint builds pairs and throws RangeError
console.log(String.fromCharCode(), String.fromCharCode(72, 105), String.fromCharCode(65.9, 66.1));
console.log(String.fromCharCode(65536 + 65), String.fromCharCode(-65536 + 66), String.fromCharCode(-1).charCodeAt(0));
console.log(String.fromCharCode(NaN).charCodeAt(0), String.fromCharCode(Infinity).charCodeAt(0), String.fromCharCode(2 ** 32 + 67));
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(0xD83D, 0xDE00).length);
console.log(String.fromCodePoint(), String.fromCodePoint(0x1F600, 97, 0x10FFFF).length, String.fromCodePoint(0x41, 0x42));
console.log(String.fromCodePoint(0x1F600) === "😀", String.fromCodePoint(0xD83D).length, String.fromCodePoint(0).charCodeAt(0));
const bad: number[] = [-1, 0x110000, 1.5, NaN, Infinity];
for (const b of bad) {
  try {
    console.log("ok", String.fromCodePoint(b));
  } catch (e) {
    console.log("caught", e instanceof RangeError, (e as Error).message);
  }
}
let built = "";
for (let c = 0x3b1; c <= 0x3c9; c++) built += String.fromCharCode(c);
console.log(built, built.length);
