// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: flat() over elements that may be arrays of different element kinds is rejected
const c = [["a"], "b", [["c"]]];
console.log(c.flat());
