// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic stack and queue classes with arrays of T, used with several element kinds
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
  toArray(): T[] {
    return this.items.slice();
  }
}
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  enqueue(x: T): void {
    this.items.push(x);
  }
  dequeue(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const x = this.items[this.head];
    this.head++;
    return x;
  }
  get length(): number {
    return this.items.length - this.head;
  }
}
const s = new Stack<number>().push(1).push(2).push(3);
console.log(s.pop(), s.size, s.toArray().join(","));
const words = new Stack<string>();
for (const w of ["x", "y", "z"]) words.push(w);
console.log(words.toArray().reverse().join(""), words.pop(), words.pop(), words.pop(), words.pop());
const q = new Queue<boolean>();
q.enqueue(true);
q.enqueue(false);
console.log(q.length, q.dequeue(), q.dequeue(), q.dequeue(), q.length);
const pts = new Queue<{ x: number }>();
pts.enqueue({ x: 1 });
pts.enqueue({ x: 2 });
let total = 0;
while (pts.length > 0) {
  const p = pts.dequeue();
  if (p) total += p.x;
}
console.log(total);
