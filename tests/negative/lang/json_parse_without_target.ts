// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse with no declared result type (its result is any) is rejected
console.log(JSON.parse("1"));
