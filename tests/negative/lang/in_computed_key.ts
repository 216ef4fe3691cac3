// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// 'in' with a computed key
class P { x = 1; }
const k: string = "x";
console.log(k in new P());
