// expect-error: TSX1008
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the delete operator is rejected
const o: { p?: number } = { p: 1 };
delete o.p;
console.log(o.p === undefined);
