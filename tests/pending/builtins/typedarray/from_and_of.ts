// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: construction from arrays, iterables, other typed arrays, with from() and of()
console.log(Array.from(new Uint16Array([1, 65537, -1])).join(","));
console.log(Array.from(Int8Array.from([1, 2, 300], (x) => x + 1)).join(","));
console.log(Array.from(Float32Array.of(0.5, 0.25)).join(","), Uint8Array.of().length);
console.log(Array.from(new Uint8Array(new Set([9, 9, 8]))).join(","));
console.log(Array.from(new Int32Array(new Float64Array([1.9, -1.9, 2 ** 32 + 1]))).join(","));
