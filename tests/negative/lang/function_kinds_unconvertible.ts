// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a rest-parameter function used where fixed parameters are expected (its arguments travel differently)
function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
const two: (a: number, b: number) => number = sum;
console.log(two(1, 2));
