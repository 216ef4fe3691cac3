// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// new AggregateError over a Set (not an array) is rejected
const causes = new Set<string>(["a", "b"]);
const e = new AggregateError(causes, "several");
console.log(e.message);
