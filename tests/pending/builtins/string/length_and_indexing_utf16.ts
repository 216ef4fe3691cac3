// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: length counts UTF-16 code units; indexing and charAt return code units, including lone surrogate halves
const s = "a😀b";
console.log(s.length, s[0], s[3], s.charAt(3), s.charAt(99) === "", s[99]);
console.log(s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(99));
console.log(s.codePointAt(1), s.codePointAt(2), s.codePointAt(99));
const hi = s[1];
const lo = s[2];
console.log(hi.length, lo.length, hi.charCodeAt(0).toString(16), lo.charCodeAt(0).toString(16), hi + lo === "😀");
console.log("".length, "é".length, "é".length, "\u0000".length, "𝟘𝟙".length);
