// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: toUpperCase/toLowerCase on non-ASCII text: sharp s, Greek sigma, dotted I, ligatures, length changes
const words: string[] = ["straße", "ß", "ΣΊΣΥΦΟΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "ΑΣ", "ΑΣ1", "İstanbul", "ı", "ﬁne ﬀ ﬃ", "ŉ", "ǅungla", "Ǆ", "ǆ", "ÀÉÎÕÜ", "àéîõü", "ÿ", "Ÿ", "µ", "ǰ", "ΐ", "Ⅻ", "ⓐⓑ", "Ꭰ", "ꭰ", "𐐀𐐨", "ﬆ", "Ω", "K"];
for (const w of words) {
  const up = w.toUpperCase();
  const lo = w.toLowerCase();
  console.log(w, w.length, up, up.length, lo, lo.length, up.toLowerCase() === lo);
}
const lower: string[] = [];
for (let c = 0xc0; c <= 0xff; c++) lower.push(String.fromCharCode(c).toLowerCase());
console.log(lower.join(""));
const upper: string[] = [];
for (let c = 0x3b0; c <= 0x3d0; c++) upper.push(String.fromCharCode(c).toUpperCase());
console.log(upper.join(""), upper.join("").length);
