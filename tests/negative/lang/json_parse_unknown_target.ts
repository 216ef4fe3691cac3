// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into 'unknown' is rejected: a JSON object of no declared shape has no layout
const v: unknown = JSON.parse("[1, 2]");
console.log(typeof v);
