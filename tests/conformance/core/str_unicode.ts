// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// non-ASCII string content: accents, CJK, emoji, combining marks printed as UTF-8
let greeting: string = "héllo wörld";
console.log(greeting);
console.log("日本語のテキスト", "中文", "한국어", "Ελληνικά", "русский", "עברית", "العربية");
console.log("emoji: 😀 🎉 👍🏽 🇫🇷");
let decomposed: string = "e\u0301";
let precomposed: string = "\u00e9";
console.log("combining: " + decomposed + " vs " + precomposed, decomposed === "é", precomposed === "é");
console.log("math: ∑ ∫ √ ∞ ≠ ≤ ≥ π");
console.log("box: ┌─┐│└─┘");
let s: string = "";
s += "α";
s += "β";
s = s + "γ" + 1 + "δ" + true;
console.log(s);
console.log("ß" < "ẞ", "é" > "z", "😀" > "\uFFFF", "\uFFFF" > "\uD83D", "Z" < "a");
console.log("nbsp[\u00a0] zwsp[\u200b] bom[\uFEFF]");
