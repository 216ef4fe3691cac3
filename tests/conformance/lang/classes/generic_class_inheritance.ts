// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: a generic base class extended with concrete type arguments and overridden methods
class Container<T> {
  protected items: T[] = [];
  add(x: T): void {
    this.items.push(x);
  }
  all(): T[] {
    return this.items.slice();
  }
  describe(): string {
    return "Container(" + this.items.length + ")";
  }
}
class NumberBox extends Container<number> {
  sum(): number {
    return this.items.reduce((a, b) => a + b, 0);
  }
  describe(): string {
    return super.describe() + " sum=" + this.sum();
  }
}
class Sorted<T> extends Container<T> {
  constructor(private cmp: (a: T, b: T) => number) {
    super();
  }
  add(x: T): void {
    let i = 0;
    while (i < this.items.length && this.cmp(this.items[i], x) <= 0) i++;
    this.items.splice(i, 0, x);
  }
}
const nb = new NumberBox();
nb.add(3);
nb.add(4.5);
console.log(nb.describe(), nb.all().join(","));
const s = new Sorted<string>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
for (const w of ["pear", "apple", "fig", "apple"]) s.add(w);
console.log(s.all().join(","), s.describe());
const boxes: Container<number>[] = [nb, new Container<number>()];
console.log(boxes.map((b) => b.describe()).join(" | "));
