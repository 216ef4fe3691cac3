// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic arrow function (only top-level generic function declarations are monomorphised)
const id = <T>(x: T): T => x;
console.log(id(1));
