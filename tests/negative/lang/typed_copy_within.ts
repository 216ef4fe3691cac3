// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed array methods outside the supported set (copyWithin) are rejected
const a = new Uint8Array([1, 2, 3]);
a.copyWithin(0, 1);
console.log(a.join(","));
