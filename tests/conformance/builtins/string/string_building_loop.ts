// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: building a long string with += in a loop and checking length and sampled characters
let s = "";
for (let i = 0; i < 10000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-5), s[5000], s.charCodeAt(9999));
let t = "";
for (let i = 0; i < 100; i++) t = i + t;
console.log(t.length, t.slice(0, 20));
const parts: string[] = [];
for (let i = 0; i < 50; i++) parts.push(i.toString(36));
console.log(parts.join(""));
