// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify of one nested structure with space 0..12, fractional, negative and string indents of several lengths
interface Doc { id: number; tags: string[]; meta: { a: number[]; b: { c: boolean } }; empty: number[]; e2: {} }
const doc: Doc = { id: 7, tags: ["x", "y"], meta: { a: [1, [2][0]], b: { c: true } }, empty: [], e2: {} };
for (const sp of [0, 1, 2, 4, 10, 11, 12, -3, 2.9, 0.5]) {
  console.log("space", sp);
  console.log(JSON.stringify(doc, null, sp));
}
for (const sp of ["", "\t", "--", "abcdefghijkl", " .", "\n"]) {
  console.log("str", JSON.stringify(sp));
  console.log(JSON.stringify(doc, null, sp));
}
console.log(JSON.stringify([[[]], [{}], [[1]]], null, 1));
