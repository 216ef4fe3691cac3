// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: deleting and adding entries while iterating: deleted unvisited entries are skipped, added ones are visited
const m = new Map<number, string>();
for (let i = 0; i < 6; i++) m.set(i, "v" + i);
const seen: number[] = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) m.delete(3);
  if (k === 2) m.set(10, "new");
  if (k === 4) m.delete(4);
}
console.log(seen.join(","), [...m.keys()].join(","));
const n = new Map<string, number>([["a", 1], ["b", 2], ["c", 3]]);
const visited: string[] = [];
let moved = false;
n.forEach((v, k, map) => {
  visited.push(k);
  if (k === "a" && !moved) {
    moved = true;
    map.delete("a");
    map.set("a", 9);
  }
});
console.log(visited.join(""), [...n].join(" "));
