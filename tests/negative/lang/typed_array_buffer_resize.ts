// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// ArrayBuffer members outside byteLength and slice are rejected
const b = new ArrayBuffer(8);
console.log(b.byteLength, b.slice(1).byteLength, b.constructor === ArrayBuffer);
