// expect-error: TSX1012
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// merging a namespace into an enum of the same name is rejected
enum Color {
  Red,
  Green,
}
namespace Color {
  export function name(): string {
    return "color";
  }
}
console.log(Color.Red, Color.name());
