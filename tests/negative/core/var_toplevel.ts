// expect-error: TSX1003
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a top-level var declaration is rejected (use let or const)
var x: number = 1;
console.log(x);
