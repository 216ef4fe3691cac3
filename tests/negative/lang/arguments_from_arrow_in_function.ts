// expect-error: TSX1007
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an arrow function referring to the enclosing function's arguments is rejected
function outer(x: number): () => number {
  return () => arguments.length + x;
}
console.log(outer(1)());
