// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify: a replacer whose value parameter is not 'unknown' is rejected (it is given every value)
const v = { a: 1, b: "x" };
console.log(JSON.stringify(v, (k: string, x: number) => x * 2));
