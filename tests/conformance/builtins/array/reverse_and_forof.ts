// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reverse in place on even/odd/empty lengths; for-of over arrays sees pushes, entries/keys destructuring
for (const n of [0, 1, 2, 3, 4, 7]) {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(i);
  const r = a.reverse();
  console.log(n, r === a, a.join(","));
}
const s = ["a", "b", "c"];
console.log(s.reverse().reverse().join(""));
const live = [1, 2, 3];
const seen: number[] = [];
for (const x of live) {
  seen.push(x);
  if (x < 3) live.push(x * 10);
}
console.log(seen.join(","), live.join(","));
for (const [i, v] of ["p", "q"].entries()) console.log(i, v);
let ks = "";
for (const k of [9, 8, 7].keys()) ks += k;
console.log(ks);
let vs = 0;
for (const v of [9, 8, 7].values()) vs += v;
console.log(vs);
const pairs: [string, number][] = [["x", 1], ["y", 2]];
for (const [name, val] of pairs) console.log(name, val);
const rows = [[1, 2], [3, 4]];
for (const [a, b = 0] of rows) console.log(a + b);
outer: for (const r of rows) {
  for (const c of r) {
    if (c === 2) continue outer;
    if (c === 4) break outer;
    console.log("cell", c);
  }
}
