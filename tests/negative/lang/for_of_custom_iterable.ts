// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// for-of over an object with its own iterator
const it: Iterable<string> = ["a", "b"];
for (const s of it) console.log(s);
