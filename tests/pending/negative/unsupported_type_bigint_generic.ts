// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic constrained to number | bigint uses the unsupported bigint type
function twice<T extends number | bigint>(x: T): T[] {
  return [x, x];
}
console.log(twice(1).length);
