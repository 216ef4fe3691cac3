// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object literals with this-methods behind an interface
interface Stack {
  items: string[];
  push(s: string): Stack;
  peek(): string;
  size(): number;
}
const makeStack = (): Stack => ({
  items: [],
  push(s: string) { this.items.push(s); return this; },
  peek() { return this.items[this.items.length - 1]; },
  size() { return this.items.length; },
});
const a = makeStack();
const b = makeStack();
a.push("x").push("y");
b.push("z");
console.log(a.peek(), a.size(), b.peek(), b.size(), a.items, b.items);
