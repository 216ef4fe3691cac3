// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// writing an optional member a literal without that contextual type lacks
interface Opts { name: string; size?: number }
const plain = { name: "p" };
const o: Opts = plain;
o.size = 2;
console.log(o);
