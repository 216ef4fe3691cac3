// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an object rest pattern over a record is rejected: its keys are not known at compile time
const r: Record<string, number> = { a: 1, b: 2 };
const { a, ...others } = r;
console.log(a, others);
