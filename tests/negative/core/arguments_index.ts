// expect-error: TSX1007
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// indexing the arguments object is rejected
function first(a: number): number {
  return arguments[0] + a;
}
console.log(first(1));
