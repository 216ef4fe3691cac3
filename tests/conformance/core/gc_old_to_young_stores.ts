// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Long-lived objects, arrays and maps keep receiving new objects while the program churns garbage (minor collections' remembered set).
class Cell {
  constructor(public value: number, public next: Cell | null, public label: string) {}
}
class Holder {
  items: Cell[] = [];
  head: Cell | null = null;
  tag: string = 'start';
}
const holders: Holder[] = [];
for (let i = 0; i < 16; i++) holders.push(new Holder());
const index = new Map<string, Cell>();
let garbage = 0;
for (let round = 0; round < 100; round++) {
  for (let i = 0; i < holders.length; i++) {
    const h = holders[i];
    const c = new Cell(round * 16 + i, round % 5 === 0 ? null : h.head, 'c' + round);
    h.head = c;
    if (h.items.length < 40) h.items.push(c);
    else h.items[round % 40] = c;
    h.tag = 'r' + round + ':' + i;
    index.set('k' + ((round * 7 + i) % 97), c);
  }
  // Short-lived garbage: enough to run collections between the stores.
  for (let k = 0; k < 120; k++) {
    const tmp: number[] = [k, k * 2, k * 3, round];
    garbage += tmp.length + ('g' + k).length;
  }
}
let total = 0;
for (const h of holders) {
  let n = h.head;
  let len = 0;
  while (n !== null) {
    len++;
    total += n.value;
    n = n.next;
  }
  let s = 0;
  for (const c of h.items) s += c.value + c.label.length;
  console.log(h.tag, len, s);
}
let m = 0;
for (const [k, c] of index) m += c.value + k.length + c.label.length;
console.log(total, m, index.size, garbage);
