// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a record key must be a string or a number, not a union of both
const r: Record<string, number> = {};
const k: string | number = Math.random() > 2 ? 1 : "a";
r[k] = 1;
console.log(r);
