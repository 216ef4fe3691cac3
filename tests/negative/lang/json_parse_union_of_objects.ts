// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into a union of two object types is rejected: the value could not be told apart
interface A {
  a: number;
}
interface B {
  b: string;
}
const v = JSON.parse('{"a": 1}') as A | B;
console.log("a" in v);
