// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: multi-line templates keep newlines; escapes, backticks and dollar signs
const name = "world";
const text = `Hello,
  ${name}!
Tab:\tdone`;
console.log(text);
console.log(`back\`tick \${not} $notinterp $ {no} \\ \u00e9 \x41`);
console.log(`${"$"}{x}`, `$${1 + 1}`, `${""}`.length);
const rows = [
  ["a", 1],
  ["bb", 22],
];
console.log(rows.map(([k, v]) => `${k}=${v}`).join(`
`));
