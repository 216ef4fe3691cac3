// expect-error: TSX1009
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an object literal __proto__ entry (which sets the prototype) is rejected
const base: { greet: string } = { greet: "hi" };
const o = { __proto__: base, greet: "hello", x: 1 };
console.log(o.x);
