// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an object rest pattern whose source is an object literal written in the declaration is rejected
const { a, ...others } = { a: 1, b: "two", c: true };
console.log(a, others);
