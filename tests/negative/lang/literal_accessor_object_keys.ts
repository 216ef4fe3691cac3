// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Object.keys of an object literal with a setter is rejected
let seen = 0;
const o = { set x(v: number) { seen = v; }, y: 2 };
o.x = 3;
console.log(Object.keys(o), seen);
