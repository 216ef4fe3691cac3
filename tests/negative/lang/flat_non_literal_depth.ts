// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// flat() with a depth computed at run time: the result type depends on it
const d = Math.random() < 2 ? 1 : 2;
console.log([[1], [2, [3]]].flat(d).length);
