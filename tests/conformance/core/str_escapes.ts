// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// string literal escapes: \n \t \\ quotes, \0, \x, \u, \u{...} and line continuations
console.log("line1\nline2");
console.log("a\tb\tc");
console.log("back\\slash", 'single \'quoted\'', "double \"quoted\"", 'mixed "q" \'s\'');
console.log("hex \x41\x42\x43 \x7e", "unicode \u0041\u00e9\u4e2d", "braces \u{41} \u{e9} \u{1F600} \u{10FFFF}");
console.log("nul[\0]end", "vt[\v] ff[\f] bs[\b]");
console.log("cr\r!");
console.log("continued \
line");
console.log("\u{1F468}\u200D\u{1F469}\u200D\u{1F467}", "\uD83D\uDE00", "\u{0}x");
console.log("tab\tand\nnewline", 'dollar $ and backtick `');
let s: string = "\\n is not a newline here";
console.log(s);
let e1: string = "";
let e2: string = "\u{0}";
let e3: string = "\x00";
let e4: string = "\uD83D\uDE00";
console.log(e1 === e2 ? "same" : "different", e3 === "\0", e2 === e3, e4 === "\u{1F600}");
