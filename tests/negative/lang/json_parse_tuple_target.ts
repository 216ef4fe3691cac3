// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into a tuple type is rejected
const pair: [number, string] = JSON.parse('[1, "x"]');
console.log(pair[0]);
