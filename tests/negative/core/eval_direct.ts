// expect-error: TSX1005
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a direct call of eval is rejected
console.log(eval("1 + 1"));
