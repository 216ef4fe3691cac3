// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: entries added during iteration are visited, deleted ones are not, clear ends the walk
const m = new Map<number, string>([[1, "a"], [2, "b"], [3, "c"]]);
const seen: string[] = [];
for (const [k, v] of m) {
  seen.push(`${k}${v}`);
  if (k === 1) m.delete(2);
  if (k === 3) m.set(4, "d");
  if (k === 4) m.set(1, "again");
}
console.log(seen.join(" "), m.size);
const n = new Map<string, number>([["x", 1], ["y", 2]]);
let steps = 0;
for (const k of n.keys()) {
  steps++;
  if (k === "x") n.clear();
}
console.log(steps, n.size);
const r = new Map<number, number>([[1, 1]]);
for (const [k] of r) if (k < 5) { r.delete(k); r.set(k + 1, k + 1); }
console.log([...r]);
