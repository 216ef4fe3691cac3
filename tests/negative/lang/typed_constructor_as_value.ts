// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a typed array constructor used as a value is rejected
const C = Uint8Array;
console.log(new C(2).length);
