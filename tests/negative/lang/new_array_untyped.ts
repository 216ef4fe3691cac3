// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// new Array(n) without an element type is an any[]
const a = new Array(3).fill(0);
console.log(a.length);
