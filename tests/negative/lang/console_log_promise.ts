// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log of a promise prints Node internals
console.log(Promise.resolve(1));
