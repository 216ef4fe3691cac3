// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the JSON object itself as a value is rejected
const j = JSON;
console.log(j.stringify(1));
