// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log of a Timeout prints Node internals
console.log(setTimeout(() => {}, 1));
