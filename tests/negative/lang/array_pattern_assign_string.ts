// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an array assignment pattern over a string is rejected
let a = "";
let b = "";
[a, b] = "hi";
console.log(a, b);
