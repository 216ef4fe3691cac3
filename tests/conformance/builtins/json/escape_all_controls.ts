// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify escapes every control character 0..31, quote, backslash; keeps DEL, slash, U+2028; lone and paired surrogates
const parts: string[] = [];
for (let c = 0; c < 32; c++) parts.push(JSON.stringify(String.fromCharCode(c)));
console.log(parts.join(" "));
console.log(JSON.stringify("\"\\/\u007f\u0080\u2028\u2029\ufeff"));
console.log(JSON.stringify("\ud800"), JSON.stringify("\udfff"), JSON.stringify("\ud83d\ude00"), JSON.stringify("\ude00\ud83d"));
console.log(JSON.stringify("a\ud800b\udc00c"), JSON.stringify("\ud800\ud800\udc00"));
class Keys { "new\nline" = 1; "tab\there" = 2; "q\"uote" = 3; "\ud800" = 4; }
console.log(JSON.stringify(new Keys()));
const back: string = JSON.parse(JSON.stringify("\u0001\u001f\ud800x"));
console.log(back.length, back.charCodeAt(0), back.charCodeAt(1), back.charCodeAt(2).toString(16));
console.log(JSON.stringify(["\b\f\n\r\t", "\v", "\0"]));
