// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// 'this' of a static method captured by an arrow function inside it
class Counter {
  static n = 0;
  static bumpAll(xs: number[]): number {
    xs.forEach(() => this.n++);
    return this.n;
  }
}
console.log(Counter.bumpAll([1, 2]));
