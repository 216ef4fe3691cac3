// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: a getter in an inferred object literal reads through this
const o = { n: 1, get double() { return this.n * 2; } };
console.log(o.double);
