// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: includes, startsWith and endsWith with explicit positions and end positions, including out-of-range and NaN
const s = "to be or not to be";
const ps: number[] = [-3, 0, 1, 3, 9, 13, 16, 18, 19, 50, NaN, Infinity];
for (const p of ps) {
  console.log(p, s.includes("be", p), s.startsWith("be", p), s.startsWith("to", p), s.endsWith("be", p), s.endsWith("to", p), s.endsWith("", p), s.startsWith("", p));
}
console.log(s.includes(""), "".includes(""), "".startsWith(""), "".endsWith(""), "".includes("a"));
console.log(s.endsWith("to be", 15), s.endsWith("not", 12), s.startsWith("or", 6), s.includes("or not", 7));
console.log("😀x".startsWith("\uD83D"), "x😀".endsWith("\uDE00"), "x😀".endsWith("😀", 2), "x😀".endsWith("x", 1));
