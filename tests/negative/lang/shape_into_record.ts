// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a fixed-shape object cannot flow into a record type
const o = { a: 1, b: 2 };
const r: Record<string, number> = o;
console.log(r["a"]);
