// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: for-of over strings yields code points, so surrogate pairs stay together
const s = "a😀b€𝄞";
const parts: string[] = [];
for (const ch of s) parts.push(ch + "(" + ch.length + ")");
console.log(parts.join(" "), s.length);
let count = 0;
for (const _ of "héllo wörld") count++;
console.log(count);
console.log([..."👍🏽!"].length, Array.from("ab😀").length);
let cps = "";
for (const ch of "A😀") cps += ch.codePointAt(0)!.toString(16) + " ";
console.log(cps.trim());
