// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// indexing a typed array with a string key is rejected
const a = new Uint8Array([5, 6]);
console.log(a["1"]);
