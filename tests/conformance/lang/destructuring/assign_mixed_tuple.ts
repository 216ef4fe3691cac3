// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring assignment from tuples mixing kinds
let label = "";
let count = 0;
let flag = false;
const rows: [string, number, boolean][] = [["a", 1, true], ["b", 2, false]];
for (const row of rows) {
  [label, count, flag] = row;
  console.log(label, count * 2, !flag);
}
const parse = (s: string): [string, number] => [s.slice(0, 1), s.length];
[label, count] = parse("hello");
console.log(label, count);
