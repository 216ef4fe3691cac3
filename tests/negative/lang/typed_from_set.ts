// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a typed array built from a Set (an iterable other than an array or typed array) is rejected
const a = new Uint8Array(new Set([1, 2]));
console.log(a.length);
