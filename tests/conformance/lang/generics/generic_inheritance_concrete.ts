// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: concrete subclasses of a generic base class, overriding and calling super
class Collection<T> {
  protected items: T[] = [];
  add(x: T): this {
    this.items.push(x);
    return this;
  }
  count(): number {
    return this.items.length;
  }
  describe(): string {
    return "Collection of " + this.count();
  }
}
class Numbers extends Collection<number> {
  sum(): number {
    let s = 0;
    for (const x of this.items) s += x;
    return s;
  }
  describe(): string {
    return super.describe() + " summing to " + this.sum();
  }
}
class Words extends Collection<string> {
  longest(): string {
    let best = "";
    for (const w of this.items) if (w.length > best.length) best = w;
    return best;
  }
  describe(): string {
    return super.describe() + ", longest " + this.longest();
  }
}
const n = new Numbers().add(4).add(5).add(6);
const w = new Words().add("ab").add("abcd").add("abc");
console.log(n.describe());
console.log(w.describe());
const cs: Collection<number>[] = [n, new Collection<number>().add(1)];
for (const c of cs) console.log(c.describe(), c instanceof Numbers, c instanceof Collection);
console.log(w instanceof Collection, w instanceof Words);
