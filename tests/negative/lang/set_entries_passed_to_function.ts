// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A Set iterator passed as an argument
function first(it: Iterable<number>): number {
  for (const x of it) return x;
  return -1;
}
console.log(first(new Set([4, 5]).values()));
