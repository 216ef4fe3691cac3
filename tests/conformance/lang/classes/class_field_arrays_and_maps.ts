// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: fields holding arrays and maps are per-instance, not shared between instances
class Bag {
  items: string[] = [];
  counts = new Map<string, number>();
  add(s: string): this {
    this.items.push(s);
    this.counts.set(s, (this.counts.get(s) ?? 0) + 1);
    return this;
  }
}
const a = new Bag().add("x").add("y").add("x");
const b = new Bag().add("z");
console.log(a.items.join(","), b.items.join(","));
console.log(a.counts.get("x"), a.counts.get("z"), b.counts.get("z"), a.counts.size, b.counts.size);
class Grid {
  cells: number[][];
  constructor(public w: number, public h: number) {
    this.cells = [];
    for (let y = 0; y < h; y++) this.cells.push(new Array<number>(w).fill(0));
  }
  set(x: number, y: number, v: number): void {
    this.cells[y][x] = v;
  }
  toString(): string {
    return this.cells.map((r) => r.join("")).join("/");
  }
}
const g = new Grid(3, 2);
g.set(1, 0, 7);
g.set(2, 1, 9);
console.log(g.toString());
