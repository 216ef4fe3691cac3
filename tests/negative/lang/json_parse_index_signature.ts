// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into a type with an index signature is rejected (no fixed layout)
const scores: Record<string, number> = JSON.parse('{"a": 1}');
console.log(scores.a);
