// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// symbol is a type tsxen does not support
const s: symbol = Symbol("x");
console.log(s === s);
