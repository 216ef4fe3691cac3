// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a class expression
const K = class { v = 1; };
console.log(new K().v);
