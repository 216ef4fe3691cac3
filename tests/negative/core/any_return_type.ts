// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an explicit any return type is rejected
function one(): any {
  return 1;
}
console.log(one());
