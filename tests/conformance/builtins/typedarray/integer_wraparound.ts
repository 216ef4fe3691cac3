// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: stores into integer arrays wrap modulo 2^n; fractions truncate toward zero; NaN and Infinity become 0
const vals = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 1.9, -1.9, NaN, Infinity, -Infinity, 1e20];
const kinds: Array<[string, (n: number) => number]> = [
  ["i8", (n) => new Int8Array([n])[0]],
  ["u8", (n) => new Uint8Array([n])[0]],
  ["i16", (n) => new Int16Array([n])[0]],
  ["u16", (n) => new Uint16Array([n])[0]],
  ["i32", (n) => new Int32Array([n])[0]],
  ["u32", (n) => new Uint32Array([n])[0]],
];
for (const [name, f] of kinds) console.log(name, vals.map(f).join(" "));
