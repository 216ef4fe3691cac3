// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// new AggregateError with an options argument (cause) is rejected
const e = new AggregateError([1, 2], "several", { cause: "root" });
console.log(e.message);
