// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an async function
async function f(): Promise<number> { return 1; }
f();
