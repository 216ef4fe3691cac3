// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// for-in enumeration of object keys is a construct tsxen does not support
const o: { a: number; b: number } = { a: 1, b: 2 };
for (const k in o) {
  console.log(k);
}
