// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// XArray.from with a thisArg is rejected
const a = Float64Array.from([1, 2], (x: number) => x + 1, {});
console.log(a.length);
