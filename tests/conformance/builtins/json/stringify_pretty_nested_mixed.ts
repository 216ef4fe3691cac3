// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// indented output of deeply mixed structures matches Node byte for byte
const doc = {
  title: "t",
  sections: [
    { h: "a", body: ["p1", "p2"], meta: { words: 10, draft: false, ratio: 0.25 } },
    { h: "b", body: [], meta: { words: 0, draft: true, ratio: -0 } },
  ],
  matrix: [[1, 2], [3, 4], []],
  flags: [true, false, null],
};
console.log(JSON.stringify(doc, null, 4));
console.log(JSON.stringify(doc, null, "\t"));
console.log(JSON.stringify(doc.matrix, null, 1));
