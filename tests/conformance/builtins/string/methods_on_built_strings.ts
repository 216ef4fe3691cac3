// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: every search, slice, trim, case and replace method applied to strings built by += loops, concat, slices of slices and repeat
let built = "";
for (let i = 0; i < 50; i++) built += i % 7 === 0 ? "  Ab" + i + "\u00a0" : "x" + i;
const cat = "head-".concat(built, "-tail");
const sl = cat.slice(3, -3).slice(2).substring(1, 150);
const rep = ("ab" + built.slice(0, 5)).repeat(4);
for (const s of [built, cat, sl, rep]) {
  console.log(s.length, s.indexOf("Ab"), s.lastIndexOf("Ab"), s.includes("x49"), s.startsWith("  "), s.endsWith("tail"));
  console.log(JSON.stringify(s.trim().slice(0, 20)), JSON.stringify(s.trimEnd().slice(-10)), s.toUpperCase().slice(0, 15), s.split("Ab").length);
  console.log(s.replace("x1", "[$&]").slice(0, 30), s.replaceAll("  ", "_").length, s.at(-1), s.charCodeAt(s.length - 1), s.padEnd(s.length + 3, "*").slice(-5));
}
let grow = "";
for (let i = 0; i < 2000; i++) {
  grow += String.fromCharCode(97 + (i % 26));
  if (i % 500 === 499) console.log(grow.length, grow.slice(-5), grow.indexOf("zab"), grow.lastIndexOf("xyz"), grow.split("a").length);
}
