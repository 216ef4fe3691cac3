// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify: a replacer function value whose value parameter is a union is rejected (it is given values of any type)
const twice = (k: string, x: number | string): unknown => (typeof x === "number" ? x * 2 : x);
console.log(JSON.stringify({ a: 1, b: [2] }, twice));
