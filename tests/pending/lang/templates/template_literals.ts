// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// template literals: interpolation of numbers, booleans, -0, nested templates, escapes, multi-line
const n: number = 42;
const f: number = 0.1 + 0.2;
const b: boolean = n > 40;
console.log(`n=${n} f=${f} b=${b} neg0=${-0} big=${1e21} nan=${NaN}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`escapes: \` \${not} \n tab\t unicode \u{1F600}`);
const multi = `line one
  line two
line three`;
console.log(multi);
console.log(`${"a"}${"b"}${1 + 1}${b ? "T" : "F"}`);
function tag(strings: TemplateStringsArray, ...vals: number[]): string {
  return strings.raw.join("|") + " / " + vals.join(",");
}
console.log(tag`a${1}b${2}c\n`);
console.log(String.raw`raw \n ${n}`);
