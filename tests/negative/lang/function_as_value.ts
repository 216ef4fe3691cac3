// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a top-level function used as a value
function twice(x: number): number { return 2 * x; }
const f: (x: number) => number = twice;
console.log(f(2));
