// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Object.assign is not supported
const t = { a: 1 };
Object.assign(t, { a: 2 });
console.log(t);
