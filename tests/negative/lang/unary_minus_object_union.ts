// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unary minus on a union that may hold an array
function pick(flag: boolean): number | number[] {
  return flag ? 1 : [2];
}
console.log(-pick(false));
