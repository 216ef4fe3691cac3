// expect-error: TSX1012
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// two declarations of the same enum merged into one runtime object are rejected
enum Color {
  Red,
  Green,
}
enum Color {
  Blue = 2,
}
console.log(Color.Red, Color.Blue, Color[2]);
