// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a function whose own kinds cannot meet the generic copy's (T pinned to number by another argument) is rejected
type Cb<T> = (x: T) => string;
function apply<T>(x: T, f: Cb<T>): string { return f(x); }
const g = (x: number | string): string => "v" + x;
console.log(apply(1, g));
