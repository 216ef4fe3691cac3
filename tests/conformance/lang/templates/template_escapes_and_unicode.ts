// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: escape sequences, surrogate pairs and astral characters inside templates, lengths and code units
const astral = "\u{1F680}";
const t = `[${astral}|\u00e9|\x7e|\0|\v|\f|\b]`;
console.log(JSON.stringify(t), t.length);
console.log(`${astral}`.length, `${astral}${astral}`.charCodeAt(1), `${astral}`.codePointAt(0));
const mixed = `a${"\t"}b${"\\"}c${"`"}d${"$"}{e}`;
console.log(mixed, mixed.length);
const line = `line1\
 continued`;
console.log(line);
const crlf = `x\r\ny`;
console.log(JSON.stringify(crlf), crlf.length);
const names = ["Zoë", "Ærø", "日本", "😀x"];
for (const n of names) console.log(`${n}:${n.length}:${n.toUpperCase()}:${[...n].length}`);
const forms: string[] = ["\u00C5", "\u0041\u030A"];
console.log(`${forms[1]}`.length, `${forms[0]}` === `${forms[1]}`, `${forms[0]}${forms[1]}`.length);
