// expect-error: TSX1009
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Reflect.setPrototypeOf is rejected
const a: { x: number } = { x: 1 };
const b: { y: number } = { y: 2 };
console.log(Reflect.setPrototypeOf(a, b));
