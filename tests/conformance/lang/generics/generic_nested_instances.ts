// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic classes instantiated with arrays, nested instances and unions of their own type
class Cell<T> {
  constructor(public value: T) {}
  map<U>(f: (x: T) => U): Cell<U> {
    return new Cell(f(this.value));
  }
}
const nested = new Cell(new Cell(5));
console.log(nested.value.value, nested.map((c) => c.value * 3).value);
const arr = new Cell<number[]>([1, 2, 3]);
arr.value.push(4);
console.log(arr.value.length, arr.map((xs) => xs.join("-")).value);
const grid = new Cell<string[][]>([["a", "b"], ["c"]]);
console.log(grid.value.map((r) => r.join("")).join("/"), grid.map((g) => g.length).value);
const maybe = new Cell<Cell<string> | null>(null);
console.log(maybe.value === null ? "empty" : maybe.value.value);
maybe.value = new Cell("full");
console.log(maybe.value === null ? "empty" : maybe.value.value);
const chain = new Cell(1).map((x) => x + 1).map((x) => "n=" + x).map((s) => s.length);
console.log(chain.value, typeof chain.value);
