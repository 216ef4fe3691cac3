// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a persistent generic linked list with map/filter/fold methods that change the element type
class List<T> {
  constructor(readonly head: T | undefined, readonly tail: List<T> | undefined, readonly size: number) {}
  static empty<T>(): List<T> { return new List<T>(undefined, undefined, 0); }
  static of<T>(...xs: T[]): List<T> {
    let l = List.empty<T>();
    for (let i = xs.length - 1; i >= 0; i--) l = l.prepend(xs[i]);
    return l;
  }
  prepend(x: T): List<T> { return new List<T>(x, this, this.size + 1); }
  toArray(): T[] {
    const out: T[] = [];
    let cur: List<T> | undefined = this;
    while (cur !== undefined && cur.size > 0) { out.push(cur.head as T); cur = cur.tail; }
    return out;
  }
  map<U>(f: (x: T) => U): List<U> { return List.of<U>(...this.toArray().map(f)); }
  filter(p: (x: T) => boolean): List<T> { return List.of<T>(...this.toArray().filter(p)); }
  fold<A>(init: A, f: (acc: A, x: T) => A): A {
    let acc = init;
    for (const x of this.toArray()) acc = f(acc, x);
    return acc;
  }
  reverse(): List<T> { return this.fold(List.empty<T>(), (acc, x) => acc.prepend(x)); }
  zip<U>(other: List<U>): List<[T, U]> {
    const a = this.toArray(), b = other.toArray();
    const out: Array<[T, U]> = [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) out.push([a[i], b[i]]);
    return List.of<[T, U]>(...out);
  }
  toString(): string { return "(" + this.toArray().join(" ") + ")"; }
}
const nums = List.of(1, 2, 3, 4, 5);
const shared = nums.prepend(0);
console.log(String(nums), String(shared), nums.size, shared.size, shared.tail === nums);
console.log(String(nums.map((x) => x * x)), String(nums.map((x) => "n" + x)), String(nums.map((x) => x % 2 === 0)));
console.log(String(nums.filter((x) => x > 2)), String(nums.filter(() => false)), List.empty<number>().toArray());
console.log(nums.fold(0, (a, x) => a + x), nums.fold("", (a, x) => a + x), nums.fold<number[]>([], (a, x) => [x, ...a]));
console.log(String(nums.reverse()), String(List.of("a", "b").reverse()));
const pairs = nums.zip(List.of("one", "two", "three"));
console.log(pairs.toArray(), pairs.size);
console.log(pairs.map(([n, s]) => s.length * n).toArray());
interface Emp { name: string; salary: number }
const staff = List.of<Emp>({ name: "a", salary: 10 }, { name: "b", salary: 30 }, { name: "c", salary: 20 });
console.log(staff.filter((e) => e.salary >= 20).map((e) => e.name).toArray(), staff.fold(0, (s, e) => s + e.salary));
console.log(staff.map((e) => ({ ...e, salary: e.salary * 2 })).toArray());
