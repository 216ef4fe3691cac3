// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an as-any cast is rejected
let n: number = 1;
let s: string = n as any;
console.log(s);
