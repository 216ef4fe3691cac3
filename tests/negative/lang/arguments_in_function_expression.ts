// expect-error: TSX1007
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the arguments object inside a function expression is rejected
const count = function (a: number, b?: number): number {
  return arguments.length + a + (b ?? 0);
};
console.log(count(1), count(1, 2));
