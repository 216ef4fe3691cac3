// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A Map iterator stored in a variable: iterators exist only inside for-of, spread and Array.from
const m = new Map<string, number>([["a", 1]]);
const it = m.keys();
for (const k of it) console.log(k);
