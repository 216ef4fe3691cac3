// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a record cannot flow into an interface type: the layouts differ
interface P { a: number }
const r: Record<"a", number> = { a: 1 };
const p: P = r;
console.log(p.a);
