// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: classify characters by code unit ranges: digits, letters, whitespace, punctuation
function classify(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return "d";
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return "a";
  if (c === " " || c === "\t" || c === "\n") return "s";
  if (code > 127) return "u";
  return "p";
}
const text = "Hi there, it's 42°C\tnow!\n";
console.log(text.split("").map(classify).join(""));
const counts: Record<string, number> = {};
for (const c of text) counts[classify(c)] = (counts[classify(c)] ?? 0) + 1;
console.log(Object.entries(counts).map(([k, v]) => k + v).join(" "));
