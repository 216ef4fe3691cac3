// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: class instances and functions as keys; values updated through retrieved references
class Node1 {
  constructor(public name: string) {}
}
const a = new Node1("a");
const b = new Node1("b");
const edges = new Map<Node1, Node1[]>();
edges.set(a, [b]);
edges.set(b, []);
edges.get(b)!.push(a, a);
console.log(edges.get(a)!.map((n) => n.name).join(), edges.get(b)!.length, edges.has(new Node1("a")));
const fnKeys = new Map<() => number, string>();
const f = (): number => 1;
fnKeys.set(f, "f");
console.log(fnKeys.get(f), fnKeys.get(() => 1));
