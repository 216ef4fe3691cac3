// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread in an object literal
const a = { x: 1 };
const b = { ...a, y: 2 };
console.log(b.x + b.y);
