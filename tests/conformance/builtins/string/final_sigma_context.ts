// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: toLowerCase picks final sigma only after a cased letter and not before one, skipping case-ignorable characters on both sides
const cases: string[] = ["Σ", "ΑΣ", "ΑΣΑ", "ΑΣ ", " ΑΣ", "ΑΣ\u0301", "ΑΣ\u0301Α", "Α\u0301Σ", "\u0301Σ", "ΑΣ\u00ad", "ΑΣ\u00adΒ", "ΑΣ'Β", "Α'Σ", "Α'Σ'", "ΑΣ.Β", "ΑΣ:Β", "ΑΣ1", "1Σ", "aΣ", "AΣb", "ΑΣΣ", "ΑΣΣΑ", "𐐀Σ", "Σ𐐀", "ΑΣ\u200d", "ΑΣ\u200dΒ", "ᾼΣ", "ΑΣ\u0345", "ΑΣ\u2019Β", "ΑΣ\u00b7", "ΑΣ-Β", "ΑΣ_Β", "ΑΣ\uD801", "ΑΣʹ", "ΑΣʹΒ", "ΑΣ\u02b0", "ΑΣ\u02b0Β", "ⓐΣ", "ⅰΣ", "ªΣ", "ΑΣ\u0300\u0301\u0302Α"];
for (const s of cases) {
  const l = s.toLowerCase();
  const codes: string[] = [];
  for (let i = 0; i < l.length; i++) codes.push(l.charCodeAt(i).toString(16));
  console.log(JSON.stringify(s), JSON.stringify(l), codes.join(","));
}
