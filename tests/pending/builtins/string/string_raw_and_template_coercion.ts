// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: String.raw preserves backslashes; template literals call toString
console.log(String.raw`a\nb\t${1 + 1}\u0041`);
console.log(String.raw`\\`.length, String.raw`${"x"}${"y"}`);
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
