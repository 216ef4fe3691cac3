// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Object.keys over a literal whose optional members may be added later
interface Opts { name: string; size?: number }
const o: Opts = { name: "o" };
o.size = 1;
console.log(Object.keys(o));
