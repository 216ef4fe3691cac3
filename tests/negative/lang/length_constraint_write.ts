// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// writing x.length through a length-constrained type parameter is rejected
function clear<T extends { length: number }>(x: T): void { x.length = 0; }
const xs = [1, 2];
clear(xs);
console.log(xs);
