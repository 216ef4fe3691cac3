// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: chaining trim, toLowerCase, split, map, join, replaceAll to normalise words
const raw = "  The QUICK brown fox,   jumps over\tthe LAZY dog.  ";
const words = raw
  .trim()
  .toLowerCase()
  .replaceAll(",", "")
  .replaceAll(".", "")
  .replaceAll("\t", " ")
  .split(" ")
  .filter((w) => w.length > 0);
console.log(words.join("|"), words.length);
const title = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
console.log(title);
const freq = new Map<string, number>();
for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
console.log([...freq].filter(([, n]) => n > 1).map(([w, n]) => w + n).join(","));
console.log(words.map((w) => w.length).join(""), words.join("").length);
