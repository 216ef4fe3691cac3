// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %o shows array [length] at every level and goes four levels deep, %O uses the default depth, %j of a cycle gives [Circular]
class Cell {
  next: Cell | null = null;
  constructor(public v: number) {}
}
console.log("%o", [[1, [2, [3]]]]);
console.log("%o", { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log("%O", { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log("%o", { list: [1, 2, 3], empty: [], cell: new Cell(1) });
console.log("%O", [new Cell(2), [new Cell(3)]]);
console.log("%o and %O", [7], [8]);
const c = new Cell(4);
c.next = c;
console.log("%j", c);
console.log("%o", new Map<string, number[]>([["k", [1]]]));
console.log("%o", new Set<string>(["s"]));
