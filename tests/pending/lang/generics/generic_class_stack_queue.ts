// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic Stack and Queue classes instantiated with numbers, strings and objects
class Stack<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size(): number {
    return this.items.length;
  }
}
class Queue<T> {
  private head = 0;
  private items: T[] = [];
  enqueue(x: T): void {
    this.items.push(x);
  }
  dequeue(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    return this.items[this.head++];
  }
  get size(): number {
    return this.items.length - this.head;
  }
}
const s = new Stack<number>();
s.push(1);
s.push(2);
s.push(3);
console.log(s.pop(), s.peek(), s.size, s.pop(), s.pop(), s.pop(), s.size);
const q = new Queue<string>();
for (const w of "the quick brown fox".split(" ")) q.enqueue(w);
let out = "";
while (q.size > 0) out += q.dequeue() + ";";
console.log(out, q.dequeue());
const ps = new Stack<{ x: number }>();
ps.push({ x: 4 });
console.log(ps.peek()?.x, new Stack<boolean>().peek());
