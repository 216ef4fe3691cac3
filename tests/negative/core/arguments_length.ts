// expect-error: TSX1007
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the arguments object is rejected
function count(a: number, b: number): number {
  return arguments.length + a + b;
}
console.log(count(1, 2));
