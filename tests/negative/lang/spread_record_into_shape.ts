// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spreading a record into a fixed-shape literal
const r: Record<string, number> = { a: 1 };
const o = { ...r, b: 2 };
console.log(o.b);
