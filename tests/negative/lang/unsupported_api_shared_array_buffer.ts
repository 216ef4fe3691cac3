// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// SharedArrayBuffer and Atomics are library APIs tsxen does not provide
const sab = new SharedArrayBuffer(16);
const view = new Int32Array(sab);
Atomics.add(view, 0, 5);
console.log(Atomics.load(view, 0));
