// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array.from with a thisArg
const o = { k: 2 };
console.log(Array.from([1, 2], (x) => x * 2, o).join(","));
