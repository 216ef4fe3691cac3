// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// calling a function stored in a record through dot access
const ops: Record<string, (x: number) => number> = { double: (x) => x * 2 };
console.log(ops.double(2));
