// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map and Set: deleting then re-adding the current entry inside forEach visits it again at the end; bounded by a counter
const m = new Map<string, number>([["a", 0], ["b", 0], ["c", 0]]);
const log: string[] = [];
m.forEach((v, k) => {
  log.push(k + v);
  if (v < 2) { m.delete(k); m.set(k, v + 1); }
});
console.log(log.join(" "), [...m].join(" "));
const s = new Set<number>([1, 2]);
const seen: number[] = [];
s.forEach((x) => {
  seen.push(x);
  if (x < 6) { s.delete(x); s.add(x + 2); }
});
console.log(seen.join(","), [...s].join(","));
const m2 = new Map<number, number>([[1, 1]]);
let n = 0;
m2.forEach((v, k) => { n++; m2.set(k, v + 1); });
console.log(n, m2.get(1));
