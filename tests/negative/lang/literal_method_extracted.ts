// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a literal method that uses this may only be called, not taken as a value
const o = { n: 1, get() { return this.n; } };
const f = o.get;
console.log(f());
