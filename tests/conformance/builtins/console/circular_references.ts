// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: objects referring to themselves print with <ref *1> and [Circular *1], including indirect cycles and multiple cycles
class Node2 {
  next: Node2 | null = null;
  constructor(public id: number) {}
}
const a = new Node2(1);
a.next = a;
console.log(a);
const b = new Node2(2);
const c = new Node2(3);
b.next = c;
c.next = b;
console.log(b);
console.log([b]);
interface Bag { name: string; items: Bag[] }
const bag: Bag = { name: "outer", items: [] };
bag.items.push(bag, { name: "inner", items: [bag] });
console.log(bag);
const arr: Node2[] = [];
const x = new Node2(9);
arr.push(x, x);
console.log(arr);
