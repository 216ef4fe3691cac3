// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: Object.fromEntries and Object.entries round trips
const pairs: [string, number][] = [["one", 1], ["two", 2], ["3", 3], ["one", 11]];
const r: Record<string, number> = Object.fromEntries(pairs);
console.log(r);
const doubled: Record<string, number> = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v * 2] as [string, number]));
console.log(doubled);
const inverted: Record<string, string> = {};
for (const [k, v] of Object.entries(r)) inverted[String(v)] = k;
console.log(inverted);
