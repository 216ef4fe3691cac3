// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spreading a fixed-shape object into a record literal
const o = { a: 1 };
const r: Record<string, number> = { ...o, b: 2 };
console.log(r);
