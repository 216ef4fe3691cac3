// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object rest in an assignment pattern is rejected
interface P { x: number; y: number }
const p: P = { x: 1, y: 2 };
let x = 0;
let rest: { y: number } = { y: 0 };
({ x, ...rest } = p);
console.log(x, rest);
