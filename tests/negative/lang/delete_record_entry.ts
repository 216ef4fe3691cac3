// expect-error: TSX1008
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// delete on a dictionary-like record entry is rejected
const scores: Record<string, number> = { a: 1, b: 2 };
const key: string = "a";
delete scores[key];
console.log(Object.keys(scores).join(","));
