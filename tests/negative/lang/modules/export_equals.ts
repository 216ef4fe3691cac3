// expect-error: TSX1104
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// CommonJS 'export ='.
const x = 1;
export = x;
