// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: iteration follows insertion order; updating a key keeps its position; delete and re-add moves it to the end
const m = new Map<string, number>([
  ["z", 1],
  ["a", 2],
  ["m", 3],
]);
m.set("a", 20);
console.log([...m.keys()].join(""));
m.delete("z");
m.set("z", 100);
console.log([...m.entries()].map(([k, v]) => k + v).join(" "));
const n = new Map<number, string>();
for (const k of [5, 3, 10, 1, 2]) n.set(k, "v" + k);
console.log([...n.keys()].join(","), [...n.values()].join(","));
