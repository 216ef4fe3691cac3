// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reduce used to group, index and count into Maps and records
const words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"];
const byLetter = words.reduce((m, w) => {
  const k = w[0];
  m.set(k, [...(m.get(k) ?? []), w]);
  return m;
}, new Map<string, string[]>());
for (const [k, v] of byLetter) console.log(k, v.join(","));
const lengths = words.reduce<Record<number, number>>((acc, w) => {
  acc[w.length] = (acc[w.length] ?? 0) + 1;
  return acc;
}, {});
console.log(lengths);
const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
console.log(longest);
