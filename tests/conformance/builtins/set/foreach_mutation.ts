// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: forEach and for-of see members added during the walk, not deleted ones; clear ends the walk
const s = new Set<number>([1, 2, 3]);
const seen: string[] = [];
s.forEach((v, v2, set) => {
  seen.push(`${v}/${v2}`);
  if (v === 1) set.delete(2);
  if (v < 5) set.add(v + 3);
});
console.log(seen.join(" "), [...s]);
const t = new Set<string>(["a", "b", "c"]);
const out: string[] = [];
for (const x of t) {
  out.push(x);
  if (x === "a") { t.delete("a"); t.add("a"); }
  if (out.length > 6) break;
}
console.log(out.join(""), [...t].join(""));
const u = new Set<number>([1, 2, 3, 4]);
let n = 0;
for (const x of u) {
  n++;
  if (x === 2) u.clear();
}
console.log(n, u.size);
const w = new Set<number>([10]);
let k = 0;
for (const x of w) {
  if (++k > 4) break;
  w.delete(x);
  w.add(x + 1);
}
console.log(k, [...w]);
