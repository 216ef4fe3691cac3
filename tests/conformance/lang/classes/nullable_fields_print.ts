// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: nullable object fields (`C | null`) printed by console.log, String(), templates and JSON.stringify
class Leaf {
  constructor(public label: string, public weight: number) {}
}
class Pair {
  left: Leaf | null = null;
  right: Leaf | null;
  next: Pair | null = null;
  constructor(right: Leaf | null) {
    this.right = right;
  }
}
interface Named {
  title: string;
}
class Holder {
  who: Named | null = null;
  shape: { w: number; h: number } | null = null;
}

const a = new Pair(null);
const b = new Pair(new Leaf('r', 2));
b.left = new Leaf('l', 1);
a.next = b;
console.log(a);
console.log(b);
console.log([a, null, b.left]);
console.log(JSON.stringify(a));
console.log(JSON.stringify(b, null, 2));
console.log(JSON.stringify([null, b.right]));
const h = new Holder();
console.log(h, JSON.stringify(h));
h.who = { title: 'ann' };
h.shape = { w: 3, h: 4 };
console.log(h, JSON.stringify(h));
h.shape = null;
console.log(h.shape, String(h.shape), `${h.shape}`, 'x' + h.shape, h.who);
const maybe: Leaf | null = a.left;
console.log(maybe, typeof maybe, maybe === null, maybe == null, maybe === undefined, maybe == undefined);
console.log(b.left, typeof b.left, b.left === null, b.left != null);
console.log(Object.keys(a), Object.keys(b).length, Object.entries(a).length);
const withNull = { p: a.left, q: b.right, n: 1 };
console.log(withNull, JSON.stringify(withNull));
const names: (Named | null)[] = [{ title: 'x' }, null, h.who];
console.log(names.join('|'), names.length, String(names));
console.log(names.map((n) => (n === null ? '-' : n.title)).join(''));
