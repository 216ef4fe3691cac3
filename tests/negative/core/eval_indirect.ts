// expect-error: TSX1005
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an indirect use of eval through a variable is rejected
const e: (code: string) => number = eval;
console.log(e("2"));
