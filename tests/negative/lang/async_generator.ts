// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an async generator function
async function* gen(): AsyncGenerator<number> { yield 1; }
gen();
