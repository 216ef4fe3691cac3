// expect-error: TSX1109
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Calling an intrinsic from a program, even without declaring it.
console.log(__tsx_domid());
