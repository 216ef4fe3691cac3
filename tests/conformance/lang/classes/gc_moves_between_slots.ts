// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Objects moved between heap slots while the collector may be marking: each
// move takes the only heap reference to an object out of one holder (into a
// local) and stores it into another, for the write barrier to keep alive.
class Item {
  constructor(public label: string, public n: number) {}
}
class Holder {
  item: Item | null = null;
  list: Item[] = [];
  constructor(public id: number) {}
}
const holders: Holder[] = [];
for (let i = 0; i < 300; i++) {
  const h = new Holder(i);
  h.item = new Item('item' + i, i);
  holders.push(h);
}
let seed = 7;
function next(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
let total = 0;
for (let round = 0; round < 30000; round++) {
  const from = holders[next(300)];
  const to = holders[next(300)];
  const moving = from.item;
  const listed = from.list.pop();
  from.item = to.item;
  const noise = 'noise' + round;
  to.item = moving;
  if (listed !== undefined) to.list.push(listed);
  if (round % 7 === 0) to.list.push(new Item(noise, round));
  total = (total + noise.length + (moving === null ? 0 : moving.n + moving.label.length)) % 1000003;
}
let labels = 0;
let count = 0;
for (const h of holders) {
  if (h.item !== null) labels += h.item.label.length + h.item.n;
  for (const it of h.list) {
    labels += it.label.length + it.n;
    count++;
  }
}
console.log('total ' + total + ', listed ' + count + ', labels ' + labels);
