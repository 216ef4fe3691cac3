// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// getters in object literals stay rejected
const o = { n: 1, get double() { return this.n * 2; } };
console.log(o.double);
