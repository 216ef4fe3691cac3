// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// r[k] ?? d with d of another type than the values, stored in a variable (typed as the values' type) is rejected
const r: Record<string, number> = { a: 1 };
const v = r["zz"] ?? "none";
console.log(v);
