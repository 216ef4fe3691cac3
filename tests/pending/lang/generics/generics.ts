// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic functions and classes, constraints, inference, generic interfaces
function identity<T>(x: T): T {
  return x;
}
function firstOr<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? xs[0] : fallback;
}
class Stack<T> {
  private items: T[] = [];
  push(x: T): this {
    this.items.push(x);
    return this;
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
}
interface HasLength {
  length: number;
}
function longest<T extends HasLength>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}
interface Pair<K, V> {
  key: K;
  value: V;
}
function swap<K, V>(p: Pair<K, V>): Pair<V, K> {
  return { key: p.value, value: p.key };
}
console.log(identity(5), identity("s"), firstOr<number>([], -1), firstOr(["a"], "z"));
const s = new Stack<string>().push("a").push("b").push("c");
console.log(s.pop(), s.size, s.pop(), s.pop(), s.pop());
console.log(longest("abc", "de"), longest([1, 2], [3, 4, 5]).join(","));
const sw = swap({ key: "k", value: 42 });
console.log(sw.key, sw.value);
function mapAll<T, U>(xs: T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
console.log(mapAll([1, 2, 3], (x, i) => x * 10 + i).join(" "));
