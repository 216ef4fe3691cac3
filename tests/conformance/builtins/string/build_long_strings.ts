// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String building: very long strings by += and prepend, read between appends with slice, charCodeAt and indexOf
let s = "";
let checks = 0;
for (let i = 0; i < 60000; i++) {
  s += i % 97 === 0 ? "<" + i + ">" : String.fromCharCode(97 + (i % 26));
  if (i % 10000 === 9999) {
    console.log(s.length, s.slice(-12), s.charCodeAt(s.length >> 1), s.indexOf("<97>"), s.lastIndexOf("<"), s.indexOf("zab", s.length - 100));
    checks++;
  }
}
let h = 0;
for (let i = 0; i < s.length; i += 7) h = (h * 31 + s.charCodeAt(i)) % 1000003;
console.log(checks, s.length, h);

// The built string's pieces: split, slices and searches over all of it.
const parts = s.split("<");
console.log(parts.length, parts[1].slice(0, 20), parts[parts.length - 1].slice(0, 12));
console.log(s.includes("<59946>"), s.includes("<59947>"), s.startsWith("<0>bcd"), s.endsWith("klmn"));

// A long prepend build.
let p = "";
for (let i = 0; i < 20000; i++) p = String.fromCharCode(48 + (i % 10)) + p;
console.log(p.length, p.slice(0, 15), p.slice(-15), p.indexOf("0987"), p === p.split("").reverse().reverse().join(""));

// Chunks appended: a built string appended to another built string.
let big = "";
let chunk = "";
for (let i = 0; i < 200; i++) {
  chunk += "x" + i;
  if (i % 20 === 19) {
    big += chunk;
    big += big.length;
  }
}
console.log(big.length, big.slice(0, 30), big.slice(-30));

// Building while each intermediate is kept: all of them stay intact.
const kept: string[] = [];
let grow = "start:";
for (let i = 0; i < 3000; i++) {
  grow += String.fromCharCode(65 + (i % 26));
  if (i % 300 === 0) kept.push(grow);
}
console.log(kept.map((k) => k.length + ":" + k.slice(-3)).join(" "));
console.log(kept.every((k, i) => grow.startsWith(k) && (i === 0 || k.startsWith(kept[i - 1]))));
const joined = kept.join("").length;
console.log(joined, s.length + p.length + big.length + grow.length);
