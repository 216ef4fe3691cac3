// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic singly linked list with map, filter, reverse and iteration
class ListNode<T> {
  constructor(public value: T, public next: ListNode<T> | null = null) {}
}
class LinkedList<T> {
  head: ListNode<T> | null = null;
  length = 0;
  static of<T>(...xs: T[]): LinkedList<T> {
    const l = new LinkedList<T>();
    for (let i = xs.length - 1; i >= 0; i--) l.prepend(xs[i]);
    return l;
  }
  prepend(x: T): void {
    this.head = new ListNode(x, this.head);
    this.length++;
  }
  map<U>(f: (x: T) => U): LinkedList<U> {
    const out: U[] = [];
    for (let n = this.head; n !== null; n = n.next) out.push(f(n.value));
    return LinkedList.of(...out);
  }
  filter(p: (x: T) => boolean): LinkedList<T> {
    const out: T[] = [];
    for (let n = this.head; n; n = n.next) if (p(n.value)) out.push(n.value);
    return LinkedList.of(...out);
  }
  reverse(): void {
    let prev: ListNode<T> | null = null;
    let cur = this.head;
    while (cur) {
      const nx: ListNode<T> | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = nx;
    }
    this.head = prev;
  }
  toString(): string {
    const parts: string[] = [];
    for (let n = this.head; n; n = n.next) parts.push(String(n.value));
    return "[" + parts.join(" -> ") + "]";
  }
}
const l = LinkedList.of(1, 2, 3, 4, 5, 6);
console.log(l.toString(), l.length);
console.log(l.map((x) => x * x).filter((x) => x % 2 === 0).toString());
l.reverse();
console.log(l.toString(), l.map((x) => "n" + x).toString());
console.log(new LinkedList<string>().toString());
