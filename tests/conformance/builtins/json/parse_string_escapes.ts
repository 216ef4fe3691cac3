// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse decodes every escape, including \u escapes that form or break surrogate pairs
const texts = ['"plain"', '"a\\"b"', '"back\\\\slash"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u4e2d"', '"\\ud83d\\ude00"', '"\\uD83D"', '"\\uDE00x"', '"é😀"', '""', '"\\u0000"'];
for (const t of texts) {
  const s: string = JSON.parse(t);
  const codes: string[] = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i).toString(16));
  console.log(t, s.length, codes.join(" "), JSON.stringify(s));
}
