// expect-error: TSX1010
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// computed access on a class instance with a non-literal key stays rejected
class C { a = 1; b = 2 }
const c = new C();
const k: "a" | "b" = Math.random() > 2 ? "a" : "b";
console.log(c[k]);
