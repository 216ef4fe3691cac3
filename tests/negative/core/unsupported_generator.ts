// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generator functions are a construct tsxen does not support
function* count(): Generator<number> {
  yield 1;
  yield 2;
}
for (const n of count()) console.log(n);
