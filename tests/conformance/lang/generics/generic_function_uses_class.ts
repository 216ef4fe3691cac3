// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic functions that create and consume generic class instances
class Bag<T> {
  private items: T[] = [];
  add(x: T): void {
    this.items.push(x);
  }
  all(): T[] {
    return this.items;
  }
}
function bagOf<T>(xs: T[]): Bag<T> {
  const b = new Bag<T>();
  for (const x of xs) b.add(x);
  return b;
}
function countIn<T>(b: Bag<T>, pred: (x: T) => boolean): number {
  let n = 0;
  for (const x of b.all()) if (pred(x)) n++;
  return n;
}
function merge<T>(a: Bag<T>, b: Bag<T>): Bag<T> {
  return bagOf([...a.all(), ...b.all()]);
}
const nums = bagOf([1, 2, 3, 4, 5]);
const strs = bagOf(["a", "bb", "ccc"]);
console.log(countIn(nums, (x) => x % 2 === 1), countIn(strs, (s) => s.length > 1));
console.log(merge(nums, bagOf([6, 7])).all().join(","), merge(strs, strs).all().length);
console.log(bagOf<boolean>([true, false, true]).all().filter((x) => x).length);
