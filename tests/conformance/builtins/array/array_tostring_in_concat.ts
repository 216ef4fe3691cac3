// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: arrays converted to strings in concatenation and template literals
const a = [1, [2, [3]], null, undefined, "s"];
console.log("a=" + a, `${a}`, String([]), "" + [[]], "" + [] === "");
console.log(String([1, 2]) + String([3]), [1, 2].toString(), [[1, 2], [3]].toString());
