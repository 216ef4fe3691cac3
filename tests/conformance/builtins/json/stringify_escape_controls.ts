// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify escapes every control character, quotes and backslashes; slash and DEL stay
let all = "";
for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
console.log(JSON.stringify(all));
console.log(JSON.stringify("a/b\\c\"d\u007f"));
console.log(JSON.stringify(["\n", "\r\n", "\t\t", "\u000b", "\u001b[0m"]));
for (const s of ["\b", "\f", "\u0000", "\u001f", "'", "`"]) console.log(JSON.stringify(s).length, JSON.stringify(s));
