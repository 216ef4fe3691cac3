// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse: a reviver is rejected (its results could not be laid out as the declared type)
interface P { x: number }
const p: P = JSON.parse('{"x":1}', (k: string, v: unknown) => v);
console.log(p.x);
