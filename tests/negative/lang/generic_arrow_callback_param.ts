// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic function expression whose type parameter appears in a function type
const apply = function <T>(f: (x: T) => T, x: T): T {
  return f(x);
};
console.log(apply((n: number) => n + 1, 1));
