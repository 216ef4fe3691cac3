// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into an array of unknown is rejected like unknown itself
const xs: unknown[] = JSON.parse("[1, {}]");
console.log(xs.length);
