// expect-error: TSX1011
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the Function constructor is rejected
const f: Function = new Function("return 1");
console.log(f === f);
