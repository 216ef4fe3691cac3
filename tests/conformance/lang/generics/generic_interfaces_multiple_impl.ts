// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic interface implemented by generic and concrete classes, a generic default type, and inheritance chains
interface Container<T> {
  put(x: T): void;
  take(): T | undefined;
  size(): number;
}
class Stack<T> implements Container<T> {
  protected xs: T[] = [];
  put(x: T): void { this.xs.push(x); }
  take(): T | undefined { return this.xs.pop(); }
  size(): number { return this.xs.length; }
}
class Queue<T> implements Container<T> {
  private xs: T[] = [];
  put(x: T): void { this.xs.push(x); }
  take(): T | undefined { return this.xs.shift(); }
  size(): number { return this.xs.length; }
}
class BoundedStack<T> extends Stack<T> {
  constructor(private cap: number) { super(); }
  put(x: T): void {
    if (this.xs.length >= this.cap) this.xs.shift();
    super.put(x);
  }
}
class NumberBag implements Container<number> {
  private total = 0;
  private n = 0;
  put(x: number): void { this.total += x; this.n++; }
  take(): number | undefined {
    if (this.n === 0) return undefined;
    const avg = this.total / this.n;
    this.n--;
    this.total -= avg;
    return avg;
  }
  size(): number { return this.n; }
}
function drain(c: Container<number>): number[] {
  const out: number[] = [];
  let v = c.take();
  while (v !== undefined) { out.push(v); v = c.take(); }
  return out;
}
function fill(c: Container<number>, ...xs: number[]): Container<number> {
  for (const x of xs) c.put(x);
  return c;
}
const containers: Container<number>[] = [new Stack<number>(), new Queue<number>(), new BoundedStack<number>(2), new NumberBag()];
for (const c of containers) {
  fill(c, 1, 2, 3, 4);
  console.log(c.size(), drain(c), c.size());
}
function drainStrings(c: Container<string>): string[] {
  const out: string[] = [];
  for (let v = c.take(); v !== undefined; v = c.take()) out.push(v);
  return out;
}
const sq = new Queue<string>();
sq.put("a"); sq.put("b");
const ss = new BoundedStack<string>(1);
ss.put("x"); ss.put("y");
console.log(drainStrings(sq), drainStrings(ss), sq.size());
class Pair<K, V = K> {
  constructor(public k: K, public v: V) {}
  swap(): Pair<V, K> { return new Pair<V, K>(this.v, this.k); }
  show(): string { return `<${this.k}, ${this.v}>`; }
}
const p1 = new Pair<number>(1, 2);
const p2 = new Pair<string, number>("one", 1);
console.log(p1.show(), p2.show(), p2.swap().show(), p2.swap().swap().show());
console.log(p1, p2.swap());
console.log(new BoundedStack<number>(3) instanceof Stack, containers[1] instanceof Stack);
