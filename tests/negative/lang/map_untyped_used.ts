// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// new Map() without type arguments used as a value of its own: a Map<any, any>
const m = new Map();
m.set("a", 1);
console.log(m.size);
