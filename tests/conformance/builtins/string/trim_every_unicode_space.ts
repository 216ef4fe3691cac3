// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: trim, trimStart and trimEnd against every whitespace and line-terminator code point, and lookalikes that are not whitespace
const ws: number[] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const notWs: number[] = [0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x85, 0x1c, 0x1f, 0xfffe, 0x00];
for (const c of ws) {
  const s = String.fromCharCode(c) + "m" + String.fromCharCode(c);
  console.log(c.toString(16), s.trim().length, s.trimStart().length, s.trimEnd().length);
}
for (const c of notWs) {
  const s = String.fromCharCode(c) + "m" + String.fromCharCode(c);
  console.log("not", c.toString(16), s.trim().length, s.trimStart().length, s.trimEnd().length);
}
let all = "";
for (const c of ws) all += String.fromCharCode(c);
console.log((all + "in  side" + all).trim(), (all + "q").trimStart(), JSON.stringify(("q" + all).trimEnd()));
console.log(JSON.stringify(all.trim()), all.length, "  a b  ".trim().length);
