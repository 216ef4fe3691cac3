// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: a GC-heavy doubly linked list and tree with null links, rebuilt and unlinked many times
class Cell {
  prev: Cell | null = null;
  next: Cell | null = null;
  child: Cell | null = null;
  constructor(public value: number, public label: string) {}
}
class List {
  head: Cell | null = null;
  tail: Cell | null = null;
  size = 0;
  push(v: number): Cell {
    const c = new Cell(v, 'c' + v);
    if (v % 3 === 0) c.child = new Cell(v * 10, 'child' + v);
    c.prev = this.tail;
    if (this.tail !== null) this.tail.next = c;
    else this.head = c;
    this.tail = c;
    this.size++;
    return c;
  }
  remove(c: Cell): void {
    if (c.prev) c.prev.next = c.next;
    else this.head = c.next;
    if (c.next) c.next.prev = c.prev;
    else this.tail = c.prev;
    c.prev = null;
    c.next = null;
    this.size--;
  }
  sum(): number {
    let s = 0;
    for (let c = this.head; c !== null; c = c.next) s += c.value + (c.child?.value ?? 0) + c.label.length;
    return s;
  }
  backwards(): number {
    let s = 0;
    let i = 1;
    for (let c = this.tail; c; c = c.prev) s += c.value * i++;
    return s;
  }
}
class Tree {
  constructor(public left: Tree | null, public right: Tree | null, public v: number) {}
}
function build(d: number, v: number): Tree | null {
  if (d === 0) return v % 2 === 0 ? null : new Tree(null, null, v);
  return new Tree(build(d - 1, 2 * v), build(d - 1, 2 * v + 1), v);
}
function total(t: Tree | null): number {
  return t === null ? 0 : t.v + total(t.left) + total(t.right);
}
let grand = 0;
for (let round = 0; round < 30; round++) {
  const l = new List();
  const cells: (Cell | null)[] = [];
  for (let i = 0; i < 200; i++) cells.push(l.push(i + round));
  for (let i = 0; i < cells.length; i += 2) {
    const c = cells[i];
    if (c !== null) {
      l.remove(c);
      cells[i] = null;
    }
  }
  for (let i = 0; i < 50; i++) l.push(i * round);
  grand += l.sum() + l.backwards() + l.size;
  const t = build(6, 1);
  grand += total(t);
  if (t !== null && t.left !== null) {
    t.left.right = build(3, round);
    t.right = null;
  }
  grand += total(t);
  grand %= 1000000007;
}
console.log(grand);
const small = new List();
small.push(1);
small.push(3);
console.log(small.head, small.tail?.prev?.value, small.head?.next?.child);
