// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: <, <=, >, >= and === compare by UTF-16 code units, so astral characters sort before some BMP ones
const xs: string[] = ["a", "B", "", "aa", "ab", "a\u0000", "Z", "z", "é", "😀", "\uFFFF", "\uE000", "10", "9", "A", "a "];
const sorted = [...xs].sort();
console.log(sorted.map((s) => JSON.stringify(s)).join(" "));
for (let i = 0; i + 1 < sorted.length; i++) {
  const a = sorted[i];
  const b = sorted[i + 1];
  console.log(JSON.stringify(a), JSON.stringify(b), a < b, a <= b, a > b, a >= b, a === b, a !== b);
}
const x = "abc";
const y = "ab" + "c";
console.log(x === y, x < y, x <= y, x >= y, "😀" < "\uFFFF", "😀" > "\uD7FF", "a" < "b", "B" < "a");
let min = xs[0];
let max = xs[0];
for (const s of xs) { if (s < min) min = s; if (s > max) max = s; }
console.log(JSON.stringify(min), JSON.stringify(max));
