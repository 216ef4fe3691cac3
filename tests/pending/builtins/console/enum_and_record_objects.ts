// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: enum objects and Record<string, ...> dictionaries
enum Color {
  Red,
  Green,
}
enum Mode {
  On = "on",
  Off = "off",
}
console.log(Color, Mode);
const r: Record<string, number[]> = { a: [1], b: [] };
console.log(r);
