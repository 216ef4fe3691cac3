// expect-error: TSX1008
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// delete on a record stays rejected
const r: Record<string, number> = { a: 1 };
delete r["a"];
console.log(r);
