// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// BigInt64Array is rejected: tsxen has no BigInt
const a = new BigInt64Array(2);
console.log(a.length);
