// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: a Record<string, number> filled through computed keys keeps its keys for JSON.stringify
const counts: Record<string, number> = {};
const ks = ["a", "b", "a"];
for (const k of ks) counts[k] = (counts[k] ?? 0) + 1;
console.log(counts["a"], counts.b, Object.keys(counts).join(","));
console.log(JSON.stringify(counts));
const c2: Record<string, number> = { z: 1 };
c2["q"] = 2;
console.log(JSON.stringify(c2));
