// expect-error: TSX1102
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// 'export * as ns from' is a namespace.
export * as helpers from "./helper";
console.log(1);
