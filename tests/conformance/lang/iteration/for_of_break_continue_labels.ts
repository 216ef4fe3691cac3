// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: break and continue inside for-of, including labelled exits from nested for-of
const matrix = [
  [1, 2, 3],
  [4, -5, 6],
  [7, 8, 9],
];
let sum = 0;
rows: for (const row of matrix) {
  for (const v of row) {
    if (v < 0) continue rows;
    if (v > 8) break rows;
    sum += v;
  }
}
console.log(sum);
const words = ["keep", "skip", "keep2", "stop", "never"];
const kept: string[] = [];
for (const w of words) {
  if (w === "skip") continue;
  if (w === "stop") break;
  kept.push(w);
}
console.log(kept.join(","));
