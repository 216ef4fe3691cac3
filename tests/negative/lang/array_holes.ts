// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// new Array(n) without fill would create holes
const a: number[] = new Array<number>(3);
console.log(a.length);
