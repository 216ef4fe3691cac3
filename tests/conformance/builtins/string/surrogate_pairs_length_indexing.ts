// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: length and [] indexing count UTF-16 code units, so astral characters take two slots
const samples: string[] = ["abc", "é", "😀", "a😀b", "𝄞𝄞", "\u{10FFFF}", "日本語", "👨‍👩‍👧"];
for (const s of samples) {
  const units: string[] = [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i).toString(16).padStart(4, "0"));
  console.log(JSON.stringify(s), s.length, units.join(" "));
}
const e = "x😀y";
console.log(e[0], e[3], e[1] === "\uD83D", e[2] === "\uDE00", e[1] + e[2]);
console.log(e.charAt(1) === e[1], e.charAt(5) === "", e.charAt(-1) === "", e.charAt(1.9) === e[1]);
let n = 0;
for (const ch of "a😀b𝄞") { n++; console.log(n, ch, ch.length); }
console.log([..."😀😁"].length, "😀😁".length, Array.from("a😀").length);
