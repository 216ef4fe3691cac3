// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unary plus on a union that may hold an object literal
function get(flag: boolean): string | { n: number } {
  return flag ? "1" : { n: 2 };
}
console.log(+get(true));
