// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: ++/-- and compound assignment on fields, array elements and static fields; index expression evaluated once
class Box {
  static made = 0;
  n = 0;
  items: number[] = [5, 6, 7];
  constructor() {
    Box.made++;
  }
}
const b = new Box();
console.log(b.n++, b.n, ++b.n, b.n--, --b.n, b.n);
let calls = 0;
function idx(i: number): number {
  calls++;
  return i;
}
b.items[idx(1)]++;
b.items[idx(2)] += 10;
b.items[idx(0)] **= 2;
console.log(b.items.join(","), calls);
const r = b.items[idx(1)]--;
console.log(r, b.items.join(","), calls);
function get(): Box {
  calls++;
  return b;
}
get().n += 5;
get().items[0] -= get().n;
console.log(b.n, b.items.join(","), calls);
Box.made += 10;
Box.made++;
new Box();
console.log(Box.made);
const grid = [[1, 2], [3, 4]];
let k = 0;
grid[k++][k++] *= 100;
console.log(JSON.stringify(grid), k);
const o = { count: 1, name: "n" };
o.count <<= 4;
o.name += o.count;
o.count %= 7;
console.log(o.count, o.name);
let u: number | undefined;
u ??= 1;
u += 1;
console.log(u);
const m = new Map<string, number>([["a", 1]]);
m.set("a", (m.get("a") ?? 0) + 1);
console.log(m.get("a"));
