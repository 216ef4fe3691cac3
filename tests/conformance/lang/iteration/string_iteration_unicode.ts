// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: for-of over strings by code point, with counting, reversing and classification of characters
function codePoints(s: string): string {
  const out: string[] = [];
  for (const ch of s) out.push((ch.codePointAt(0) ?? 0).toString(16));
  return out.join(" ");
}
for (const s of ["abc", "", "é", "😀!", "a😀b😀", "日本語", "\u{1F600}\u{1F601}"]) {
  let n = 0;
  for (const _ of s) n++;
  console.log(JSON.stringify(s), s.length, n, codePoints(s));
}
function reverseCodePoints(s: string): string {
  let r = "";
  for (const ch of s) r = ch + r;
  return r;
}
console.log(reverseCodePoints("hello"), reverseCodePoints("a😀b"), reverseCodePoints(""));
function classify(s: string): string {
  let digits = 0, upper = 0, lower = 0, space = 0, other = 0;
  for (const ch of s) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (ch >= "A" && ch <= "Z") upper++;
    else if (ch >= "a" && ch <= "z") lower++;
    else if (ch === " " || ch === "\t" || ch === "\n") space++;
    else other++;
  }
  return `d${digits} u${upper} l${lower} s${space} o${other}`;
}
console.log(classify("Hello World 123!"), classify("\tX\ny"), classify("ÄÖÜ"));
const freq = new Map<string, number>();
for (const ch of "the quick brown fox jumps over the lazy dog") {
  if (ch === " ") continue;
  freq.set(ch, (freq.get(ch) ?? 0) + 1);
}
const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
console.log(top, freq.size);
type Dir = "up" | "down";
const d: Dir = "down";
const letters: string[] = [];
for (const c of d) letters.push(c.toUpperCase());
console.log(letters.join("."));
let words = 0, inWord = false;
for (const ch of "  several   words here ") {
  const sp = ch === " ";
  if (!sp && !inWord) words++;
  inWord = !sp;
}
console.log(words);
const lone = "x\uD800y";
const parts: number[] = [];
for (const ch of lone) parts.push(ch.length);
console.log(parts);
