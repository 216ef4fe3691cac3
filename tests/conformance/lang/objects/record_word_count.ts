// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: counting words into a Record<string, number> with ??, printed like Node
const text = "the quick brown fox jumps over the lazy dog the end";
const counts: Record<string, number> = {};
for (const w of text.split(" ")) counts[w] = (counts[w] ?? 0) + 1;
console.log(counts);
let best = "";
for (const k of Object.keys(counts)) if (best === "" || counts[k] > counts[best]) best = k;
console.log(best, counts[best]);
console.log(Object.keys(counts).length, Object.values(counts).reduce((a, b) => a + b, 0));
