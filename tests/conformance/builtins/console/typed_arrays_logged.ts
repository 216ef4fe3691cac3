// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: typed arrays and ArrayBuffers print with their kind and length
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([0.5, -0]));
console.log(new Int16Array(0));
console.log([new Int32Array([7])]);
