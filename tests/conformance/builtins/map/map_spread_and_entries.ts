// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: spread of the map, keys(), values() and entries(), and Array.from, in insertion order after updates
const m = new Map<string, number>();
m.set("b", 2).set("a", 1).set("c", 3);
m.set("b", 20);
console.log([...m], [...m.keys()], [...m.values()], [...m.entries()]);
m.delete("a");
m.set("a", 100);
console.log([...m.keys()].join(""), Math.max(...m.values()));
const inverted = new Map<number, string>([...m].map(([k, v]): [number, string] => [v, k]));
console.log(inverted);
const copy = new Map(m);
copy.set("z", 0);
console.log(m.size, copy.size, new Map(m.entries()).get("c"));
const fromSet = new Set(m.keys());
console.log(fromSet.has("a"), [...fromSet].length);
