// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: callbacks passed to array methods write captured accumulators
const words: string[] = ["pear", "apple", "fig", "banana", "kiwi", "apple", "fig"];
let longest: string = "";
let totalLen: number = 0;
const counts = new Map<string, number>();
words.forEach((w) => {
  totalLen += w.length;
  if (w.length > longest.length) longest = w;
  counts.set(w, (counts.get(w) ?? 0) + 1);
});
console.log(longest, totalLen);
let dupes: string = "";
counts.forEach((c, w) => {
  if (c > 1) dupes += w + "x" + c + " ";
});
console.log(dupes.trim());
let visited: number = 0;
const firstBig = words.find((w) => {
  visited++;
  return w.length > 5;
});
console.log(firstBig, visited);
