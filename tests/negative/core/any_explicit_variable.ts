// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an explicit any annotation on a variable is rejected
let a: any = 1;
console.log(a);
