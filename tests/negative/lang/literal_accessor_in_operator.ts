// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an 'in' test on an object literal with a getter is rejected
const o = { get ready() { return true; } };
console.log("ready" in o);
