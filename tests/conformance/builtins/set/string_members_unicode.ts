// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: string members with surrogate pairs, lone surrogates, case variants and empty string; Set from a string iterates code points
const s = new Set<string>(["é", "e\u0301", "E", "e", "", "\u{1F600}", "\ud83d", "\ude00", "\ud83d\ude00"]);
console.log(s.size, s.has("\u{1F600}"), s.has("\ud83d"), s.has("e\u0301"));
console.log([...s].map((x) => x.length).join(","));
const cps = new Set("a\u{1F600}b\u{1F600}\ud800a");
console.log(cps.size, [...cps].map((c) => c.codePointAt(0)).join(","));
const lower = new Set([..."HeLLo WoRLD"].map((c) => c.toLowerCase()));
console.log([...lower].join(""), lower.has(" "));
const sorted = [...s].sort();
console.log(sorted.map((x) => x.charCodeAt(0) || 0).join(","));
console.log(s);
