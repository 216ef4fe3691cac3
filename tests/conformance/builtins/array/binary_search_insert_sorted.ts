// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: keep an array sorted with binary search and splice inserts; remove with indexOf and splice
const sorted: number[] = [];
function insert(x: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, x);
}
let s = 7;
for (let i = 0; i < 30; i++) {
  s = (s * 31 + 11) % 97;
  insert(s);
}
console.log(sorted.join(","));
for (const r of [sorted[0], 50, sorted[sorted.length - 1]]) {
  const i = sorted.indexOf(r);
  if (i >= 0) sorted.splice(i, 1);
}
console.log(sorted.length, sorted[0], sorted[sorted.length - 1]);
