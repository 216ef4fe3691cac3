// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// XArray.from(typedArray, mapFn) is rejected (map the result instead)
const a = Uint8Array.from(new Int8Array([1, -1]), (x) => x * 2);
console.log(a.join(","));
