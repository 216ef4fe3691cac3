// expect-error: TSX1011
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// calling Function without new is rejected too
const f: () => number = Function("return 1") as () => number;
console.log(f());
