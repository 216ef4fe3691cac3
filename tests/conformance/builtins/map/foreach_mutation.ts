// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: forEach sees values set during the walk, skips deleted entries, and revisits a key deleted and re-added
const m = new Map<string, number>([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
const log: string[] = [];
m.forEach((v, k, map) => {
  log.push(`${k}=${v}`);
  if (k === "a") map.delete("c");
  if (k === "b") map.set("e", 5);
  if (k === "d") { map.delete("a"); map.set("a", 10); }
  if (k === "a" && v === 10) map.set("z", 26);
});
console.log(log.join(" "));
console.log([...m].join(" | "), m.size);
const m2 = new Map<number, number>([[1, 1], [2, 2], [3, 3]]);
let steps = 0;
for (const [k] of m2) {
  steps++;
  if (k === 2) m2.clear();
}
console.log(steps, m2.size);
const m3 = new Map<number, string>([[1, "x"]]);
let count = 0;
for (const [k, v] of m3) {
  if (count++ > 5) break;
  m3.delete(k);
  m3.set(k + 1, v + "x");
}
console.log(count, [...m3]);
