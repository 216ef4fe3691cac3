// expect-error: TSX1012
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// merging a namespace into a function of the same name is rejected
function f(): number {
  return 1;
}
namespace f {
  export const extra: number = 2;
}
console.log(f() + f.extra);
