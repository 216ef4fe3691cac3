// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView.setBigUint64 is rejected: tsxen has no BigInt
const dv = new DataView(new ArrayBuffer(8));
dv.setBigUint64(0, 1n);
