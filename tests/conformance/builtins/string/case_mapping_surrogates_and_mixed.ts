// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: case mapping of astral letters, lone surrogates, mixed scripts and strings whose length changes, then indexing into the result
const xs: string[] = ["\uD801\uDC00\uD801\uDC28", "\uD801", "x\uDC28y", "𝐀𝐚", "𞤀𞤢", "Ꮳꮳ", "ǈǋǲ", "ßẞ", "ﬃx", "ΐΰ", "İi̇", "Ωωὠᾠ", "ÅåǺǻ", "ÐðÞþ", "ǰ̌", "ᾳᾼ", "ͅ", "µ"];
for (const s of xs) {
  const u = s.toUpperCase();
  const l = s.toLowerCase();
  const codes = (t: string): string => Array.from({ length: t.length }, (_, i) => t.charCodeAt(i).toString(16)).join(",");
  console.log(s.length, u.length, l.length, codes(u), codes(l), u.toLowerCase() === l, l.toUpperCase() === u);
}
console.log("STRASSE".toLowerCase() === "straße".toUpperCase().toLowerCase(), "ﬀ".toUpperCase().at(-1), "ß".toUpperCase().indexOf("S", 1));
console.log("ΌΣΟΣ ΣΟΦΟΣ".toLowerCase(), "Σ.Σ".toLowerCase(), "aΣ b".toLowerCase(), "aΣ'b".toLowerCase(), "1Σ".toLowerCase());
