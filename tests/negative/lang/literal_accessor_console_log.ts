// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log of an object literal with a getter is rejected (Node prints [Getter]; tsxen keeps accessors as hidden closures)
const o = { a: 1, get b() { return this.a + 1; } };
console.log(o.b);
console.log(o);
