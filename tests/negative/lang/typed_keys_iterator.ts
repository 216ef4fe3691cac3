// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a typed array's keys() iterator is rejected outside a for-of or a spread (tsxen makes no iterator objects)
const a = new Uint8Array([5, 6]);
const it = a.keys();
console.log(it.next().value);
