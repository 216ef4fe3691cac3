// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: tagged templates receive cooked strings, raw strings and values
function tag(strings: TemplateStringsArray, ...vals: number[]): string {
  let out = "";
  strings.forEach((s, i) => {
    out += "[" + s + "]";
    if (i < vals.length) out += "<" + vals[i] * 2 + ">";
  });
  return out + " n=" + strings.length + " raw0=" + JSON.stringify(strings.raw[0]);
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${5}`);
console.log(tag`x\ny${3}`);
console.log(String.raw`C:\new\table${1 + 1}`);
