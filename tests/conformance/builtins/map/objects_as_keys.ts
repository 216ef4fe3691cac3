// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: objects, arrays and class instances as keys compare by identity, not structure
class Pt { constructor(public x: number, public y: number) {} }
const a = new Pt(1, 2);
const b = new Pt(1, 2);
const m = new Map<Pt, string>();
m.set(a, "A");
m.set(b, "B");
console.log(m.size, m.get(a), m.get(b), m.has(new Pt(1, 2)));
m.set(a, "A2");
console.log(m.get(a), m.size);
const arrKey = [1, 2];
const am = new Map<number[], number>([[arrKey, 10], [[1, 2], 20]]);
console.log(am.size, am.get(arrKey), am.get([1, 2]));
arrKey.push(3);
console.log(am.get(arrKey), [...am.keys()].map((k) => k.length).join(","));
interface Node { id: number; }
const nodes: Node[] = [{ id: 1 }, { id: 2 }, { id: 3 }];
const degree = new Map<Node, number>();
const edges: [number, number][] = [[0, 1], [1, 2], [0, 2], [2, 2]];
for (const [u, v] of edges) {
  degree.set(nodes[u], (degree.get(nodes[u]) ?? 0) + 1);
  degree.set(nodes[v], (degree.get(nodes[v]) ?? 0) + 1);
}
for (const [n, d] of degree) console.log(n.id, d);
console.log(m);
