// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: escape sequences in string literals and their code units
const s = "tab\there\nnewline \"q\" 'a' \\ \u0041\x42\u{1F600} \0end";
console.log(s);
console.log(s.length, JSON.stringify(s));
console.log("\u{41}\u{10FFFF}".length, "\r\n".length, "\b\f\v".split("").map((c) => c.charCodeAt(0)).join(","));
