// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spreading a value that may be undefined
interface P { x: number }
const p: P | undefined = Math.random() > 2 ? { x: 1 } : undefined;
console.log({ ...p });
