// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into a type with an enum-typed field is rejected
enum Color {
  Red,
  Green,
}
interface Pixel {
  color: Color;
}
const p: Pixel = JSON.parse('{"color": 1}');
console.log(p.color);
