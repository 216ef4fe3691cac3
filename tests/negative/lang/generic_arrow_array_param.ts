// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic arrow function whose type parameter appears inside T[]: one closure cannot serve number[] and string[]
const firstOf = <T,>(xs: T[]): T => xs[0];
console.log(firstOf([1, 2]), firstOf(["a"]));
