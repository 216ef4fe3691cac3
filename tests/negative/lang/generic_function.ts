// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic function
function id<T>(x: T): T { return x; }
console.log(id(1));
