// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Calling next() on an array iterator: iterator objects are not values in tsxen
const it = [1, 2].values();
console.log(it.next().value);
