// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a value whose type is implicitly any (JSON.parse returns any) is rejected
const v = JSON.parse("1");
console.log(v);
