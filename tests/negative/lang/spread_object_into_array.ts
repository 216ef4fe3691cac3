// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Spreading something that is not iterable by tsxen (an iterable class)
class Bag implements Iterable<number> {
  [Symbol.iterator](): Iterator<number> {
    let i = 0;
    return { next: () => (i < 2 ? { value: i++, done: false } : { value: 0, done: true }) };
  }
}
console.log([...new Bag()].length);
