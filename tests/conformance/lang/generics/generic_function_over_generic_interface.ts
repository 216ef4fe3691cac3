// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic function whose parameter is a generic interface Container<T> implemented by a generic class
interface Container<T> {
  put(x: T): void;
  take(): T | undefined;
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
const s = new Stack<number>();
s.put(1); s.put(2);
console.log(drain(s));
