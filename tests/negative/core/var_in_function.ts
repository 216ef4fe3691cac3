// expect-error: TSX1003
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// var inside a function body is rejected
function f(): number {
  var y: number = 2;
  return y * 2;
}
console.log(f());
