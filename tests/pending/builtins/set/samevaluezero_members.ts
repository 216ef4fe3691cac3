// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: membership uses SameValueZero: one NaN, -0 and 0 coincide, strings differ from numbers
const s = new Set<unknown>([NaN, NaN, 0, -0, "0", 0 / 0, null, undefined, null]);
console.log(s.size, s.has(NaN), s.has(-0), s.has(0), s.has("0"), s.has(undefined));
const vals = [...s].map((v) => (Object.is(v, -0) ? "-0" : String(v)));
console.log(vals.join(","));
const objs = new Set([{}, {}]);
console.log(objs.size);
