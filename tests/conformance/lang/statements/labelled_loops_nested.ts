// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: labelled break and continue across three nested loop kinds
const found: string[] = [];
outer: for (let a = 1; a < 20; a++) {
  let b = a;
  middle: while (b < 20) {
    b++;
    let c = 0;
    do {
      c++;
      if (a * a + b * b === c * c) {
        found.push(a + "," + b + "," + c);
        continue outer;
      }
      if (c > a + b) continue middle;
    } while (c < 30);
  }
  if (found.length >= 4) break outer;
}
console.log(found.join(" "));
