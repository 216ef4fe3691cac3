// expect-error: TSX1008
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// delete on an array element is rejected
const xs: number[] = [1, 2, 3];
delete xs[1];
console.log(xs.length, xs[1]);
