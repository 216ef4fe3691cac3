// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic functions over a generic interface, implemented by generic classes whose type parameters sit in other positions
interface Container<T> {
  put(x: T): void;
  take(): T | undefined;
}
class Tagged<L, V> implements Container<V> {
  private xs: V[] = [];
  constructor(public label: L) {}
  put(x: V): void { this.xs.push(x); }
  take(): V | undefined { return this.xs.shift(); }
}
class Stack<T> implements Container<T> {
  private xs: T[] = [];
  put(x: T): void { this.xs.push(x); }
  take(): T | undefined { return this.xs.pop(); }
}
function drain<T>(c: Container<T>): T[] {
  const out: T[] = [];
  let v = c.take();
  while (v !== undefined) { out.push(v); v = c.take(); }
  return out;
}
function fill<T>(c: Container<T>, xs: T[]): Container<T> { for (const x of xs) c.put(x); return c; }
const a = new Tagged<number, string>(7);
a.put("x"); a.put("y");
console.log(drain(a), a.label);
console.log(drain(fill(new Stack<number>(), [1, 2, 3])));
console.log(drain(fill(new Stack<string>(), ["p", "q"])));
const u = new Tagged<string, number>("n");
console.log(drain(fill(u, [4, 5])), u.label);
const mixed: Container<number>[] = [new Stack<number>(), new Tagged<boolean, number>(true)];
for (const c of mixed) fill(c, [10, 20, 30]);
console.log(mixed.map((c) => drain(c).join("-")));
