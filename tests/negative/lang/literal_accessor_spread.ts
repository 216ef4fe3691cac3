// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spreading an object literal with a getter is rejected
interface V { readonly v: number; w: number }
const src: V = { w: 2, get v() { return 1; } };
const copy = { ...src };
console.log(copy.v, copy.w);
