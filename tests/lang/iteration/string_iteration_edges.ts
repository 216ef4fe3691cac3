// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Iteration over strings: surrogate pairs stay together, lone surrogates come alone, literals and unions iterate
const s = "a\uD83D\uDE00b\uD83Dc\uDE00";
const parts = [...s];
console.log(parts.length, parts.map((p) => p.length).join(""), parts.map((p) => p.codePointAt(0)!.toString(16)).join(" "));
let dotted = "";
for (const ch of "héllo") dotted += ch + ".";
console.log(dotted);
type Mode = "ab" | "cd";
const m: Mode = Math.random() < 2 ? "cd" : "ab";
for (const c of m) console.log(c);
console.log([..."🇫🇷"].length, Array.from("👍🏽").length, [...""].length);
const rev = [..."ab😀"].reverse().join("");
console.log(rev, rev.length);
