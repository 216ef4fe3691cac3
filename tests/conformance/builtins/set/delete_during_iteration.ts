// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: deleting and adding during for-of and forEach affects elements not yet visited
const s = new Set([1, 2, 3, 4, 5]);
const seen: number[] = [];
for (const x of s) {
  seen.push(x);
  if (x === 1) s.delete(2);
  if (x === 3) s.add(6);
  if (x === 6) s.add(7);
}
console.log(seen.join(","), [...s].join(","));
const t = new Set(["a", "b"]);
let n = 0;
t.forEach((v) => {
  n++;
  if (n < 5) {
    t.delete(v);
    t.add(v);
  }
});
console.log(n, [...t].join(""));
