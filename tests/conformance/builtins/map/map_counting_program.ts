// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map and Set: a word index program that counts, groups by length and prints sorted summaries
const text = "the cat and the hat sat on the mat and the cat ran";
const counts = new Map<string, number>();
for (const w of text.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const byLength = new Map<number, Set<string>>();
for (const w of counts.keys()) {
  const set = byLength.get(w.length) ?? new Set<string>();
  set.add(w);
  byLength.set(w.length, set);
}
const top = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3);
console.log(top);
for (const [len, words] of [...byLength].sort((x, y) => x[0] - y[0])) console.log(len, [...words].sort().join(","));
console.log(counts);
console.log(byLength.get(3)?.has("cat"), byLength.get(9)?.size);
