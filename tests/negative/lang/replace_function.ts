// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String.prototype.replace with a replacer function
console.log("abc".replace("b", (m: string) => m.toUpperCase()));
