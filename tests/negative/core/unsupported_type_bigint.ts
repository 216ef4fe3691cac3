// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// bigint is a type tsxen does not support
let b: bigint = 10n;
console.log(b);
