// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A generic class and a closure over module state.
let made = 0;

export class Stack<T> {
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
  size(): number {
    return this.items.length;
  }
}

export function makeCounter(start: number): () => number {
  made++;
  let n = start;
  return () => ++n;
}

export function helper(): string {
  return `containers helper (${made} counter made)`;
}
