// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic top-level function used as a value (its copies are chosen per call site)
function identity<T>(x: T): T { return x; }
const f: (x: number) => number = identity;
console.log(f(2));
