// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: for-of over Maps and Sets that are mutated during the walk (added entries visited, deleted ones skipped, re-added moved)
const s = new Set<number>([1, 2, 3]);
const seen: number[] = [];
for (const x of s) {
  seen.push(x);
  if (x === 1) s.add(4);
  if (x === 2) s.delete(3);
  if (x === 4) s.add(5);
}
console.log(seen, [...s]);
const m = new Map<string, number>([["a", 1], ["b", 2], ["c", 3]]);
const visits: string[] = [];
for (const [k, v] of m) {
  visits.push(k + v);
  if (k === "a") { m.delete("a"); m.set("a", 10); }
  if (k === "b") m.set("d", 4);
  if (visits.length > 10) break;
}
console.log(visits, [...m.keys()]);
const q = new Set<string>(["start"]);
let steps = 0;
for (const w of q) {
  steps++;
  if (w.length < 8) { q.add(w + "+"); }
}
console.log(steps, q.size, [...q].pop());
const counts = new Map<string, number>();
for (const ch of "abracadabra") counts.set(ch, (counts.get(ch) ?? 0) + 1);
for (const [ch, n] of counts) console.log(ch, n);
let cleared = 0;
const toClear = new Set([10, 20, 30]);
for (const v of toClear) {
  cleared += v;
  if (v === 10) toClear.clear();
}
console.log(cleared, toClear.size);
for (const k of m.keys()) console.log("key", k);
for (const v of m.values()) console.log("val", v);
for (const [k, v] of m.entries()) console.log("entry", k, v);
const sv: number[] = [];
for (const v of new Set([3, 3, NaN, NaN, 0, -0]).values()) sv.push(v);
console.log(sv, sv.length);
const mm = new Map<number, string>();
mm.set(NaN, "nan").set(0, "zero").set(-0, "negzero");
for (const [k, v] of mm) console.log(k, v, 1 / k);
