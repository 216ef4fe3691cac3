// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: numeric enums with implicit, explicit and continued values, and reverse mapping
enum Color {
  Red,
  Green,
  Blue,
}
enum Code {
  A = 10,
  B,
  C = 20,
  D,
  E = -1,
  F,
}
console.log(Color.Red, Color.Green, Color.Blue, Color[0], Color[2], Color[Color.Green]);
console.log(Code.A, Code.B, Code.C, Code.D, Code.E, Code.F, Code[11], Code[0]);
let c: Color = Color.Blue;
c = Color.Red;
console.log(c === Color.Red, c < Color.Blue, Color.Green + Color.Blue);
