// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView's BigInt accessors are rejected: tsxen has no BigInt
const dv = new DataView(new ArrayBuffer(8));
console.log(dv.getBigInt64(0));
