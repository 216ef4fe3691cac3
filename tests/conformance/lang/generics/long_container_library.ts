// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a small container library (list, ordered map, set, optional) with generic methods and interfaces
interface Container<T> {
  size(): number;
  toArray(): T[];
}
class Optional<T> {
  private constructor(private readonly present: boolean, private readonly value: T | undefined) {}
  static of<T>(x: T): Optional<T> {
    return new Optional<T>(true, x);
  }
  static empty<T>(): Optional<T> {
    return new Optional<T>(false, undefined);
  }
  isPresent(): boolean {
    return this.present;
  }
  orElse(d: T): T {
    return this.present && this.value !== undefined ? this.value : d;
  }
  map<U>(f: (x: T) => U): Optional<U> {
    return this.present && this.value !== undefined ? Optional.of(f(this.value)) : Optional.empty<U>();
  }
}
class List<T> implements Container<T> {
  protected items: T[] = [];
  static from<T>(xs: T[]): List<T> {
    const l = new List<T>();
    for (const x of xs) l.add(x);
    return l;
  }
  add(x: T): this {
    this.items.push(x);
    return this;
  }
  size(): number {
    return this.items.length;
  }
  toArray(): T[] {
    return this.items.slice();
  }
  get(i: number): Optional<T> {
    return i >= 0 && i < this.items.length ? Optional.of(this.items[i]) : Optional.empty<T>();
  }
  map<U>(f: (x: T) => U): List<U> {
    const out = new List<U>();
    for (const x of this.items) out.add(f(x));
    return out;
  }
  filter(p: (x: T) => boolean): List<T> {
    const out = new List<T>();
    for (const x of this.items) if (p(x)) out.add(x);
    return out;
  }
  reduce<A>(init: A, f: (acc: A, x: T) => A): A {
    let acc = init;
    for (const x of this.items) acc = f(acc, x);
    return acc;
  }
}
class SortedList<T> extends List<T> {
  constructor(private readonly cmp: (a: T, b: T) => number) {
    super();
  }
  add(x: T): this {
    this.items.push(x);
    let i = this.items.length - 1;
    while (i > 0 && this.cmp(this.items[i - 1], x) > 0) {
      this.items[i] = this.items[i - 1];
      i--;
    }
    this.items[i] = x;
    return this;
  }
}
class OrderedMap<K, V> implements Container<V> {
  private keys: K[] = [];
  private vals: V[] = [];
  set(k: K, v: V): this {
    const i = this.keys.indexOf(k);
    if (i >= 0) this.vals[i] = v;
    else {
      this.keys.push(k);
      this.vals.push(v);
    }
    return this;
  }
  get(k: K): Optional<V> {
    const i = this.keys.indexOf(k);
    return i >= 0 ? Optional.of(this.vals[i]) : Optional.empty<V>();
  }
  size(): number {
    return this.keys.length;
  }
  toArray(): V[] {
    return this.vals.slice();
  }
  entries(): string[] {
    return this.keys.map((k, i) => String(k) + "=" + String(this.vals[i]));
  }
}
function total(c: Container<number>): number {
  let s = 0;
  for (const x of c.toArray()) s += x;
  return s;
}
const nums = List.from([5, 3, 8, 1]);
console.log(nums.size(), nums.map((x) => x * 2).toArray().join(","), nums.filter((x) => x > 2).size());
console.log(nums.reduce(0, (a, x) => a + x), nums.reduce("", (a, x) => a + x));
console.log(nums.get(2).orElse(-1), nums.get(9).orElse(-1), nums.get(0).map((x) => "v" + x).orElse("none"));
const sorted = new SortedList<number>((a, b) => a - b).add(5).add(1).add(3).add(2);
console.log(sorted.toArray().join(" "), total(sorted), total(nums));
const names = new SortedList<string>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
for (const n of ["mia", "bo", "zed", "al"]) names.add(n);
console.log(names.toArray().join(","), names.map((s) => s.length).reduce(0, (a, b) => a + b));
const ages = new OrderedMap<string, number>().set("al", 30).set("bo", 25).set("al", 31);
console.log(ages.entries().join(" "), ages.size(), total(ages));
console.log(ages.get("bo").map((a) => a + 1).orElse(0), ages.get("cy").isPresent());
const flags = new OrderedMap<number, boolean>().set(1, true).set(2, false);
console.log(flags.entries().join(";"), flags.get(2).orElse(true), Optional.empty<string>().orElse("empty"));
