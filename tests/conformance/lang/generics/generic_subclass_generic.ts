// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic subclass of a generic base (class C<T> extends B<T>), instantiated twice
class Base<T> {
  constructor(protected first: T) {}
  head(): T {
    return this.first;
  }
  label(): string {
    return "base";
  }
}
class Listy<T> extends Base<T> {
  private rest: T[] = [];
  constructor(first: T, ...more: T[]) {
    super(first);
    for (const m of more) this.rest.push(m);
  }
  all(): T[] {
    return [this.first, ...this.rest];
  }
  label(): string {
    return "listy(" + (this.rest.length + 1) + ")";
  }
}
const a = new Listy(1, 2, 3);
const b = new Listy("p", "q");
console.log(a.head(), a.all().join("+"), a.label());
console.log(b.head(), b.all().join("+"), b.label());
const bases: Base<number>[] = [a, new Base(9)];
console.log(bases.map((x) => x.label() + ":" + x.head()).join(" "));
console.log(a instanceof Base, a instanceof Listy, bases[1] instanceof Listy);
