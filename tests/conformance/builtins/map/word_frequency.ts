// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: word frequency counting and sorting entries by count then word
const text = "the cat and the hat and the bat sat on the mat the end";
const freq = new Map<string, number>();
for (const w of text.split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(ranked.map(([w, n]) => `${w}:${n}`).join(" "));
console.log(freq.size, Math.max(...freq.values()));
