// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Functions also used as values, defaulted and optional parameters, rest parameters and methods next to integer-only direct calls.

function twice(x: number): number {
  return x * 2;
}
function offset(x: number, by: number = 0.25): number {
  return x + by;
}
function maybe(x: number, y?: number): number {
  return y === undefined ? x : x - y;
}
function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
function neg(x: number): number {
  return -x;
}
class Counter {
  count = 0;
  add(n: number): number {
    this.count += n;
    return this.count;
  }
  scaled(n: number): number {
    return n * -1;
  }
}

console.log(twice(3), twice(4));
const fs: ((x: number) => number)[] = [twice, neg];
console.log(fs.map((f) => f(0.5)), fs.map((f) => f(0)).map((v) => 1 / v === -Infinity));
console.log([1, 2, 3].map(twice), [1.5].map(neg));
console.log(offset(1), offset(2, 3), offset(4, -0));
console.log(maybe(5), maybe(5, 2), maybe(5, 5.5));
console.log(sum(), sum(1, 2, 3), sum(2 ** 31, 2 ** 31, 0.5));
console.log(neg(3), neg(0), 1 / neg(0) === -Infinity);
const c = new Counter();
console.log(c.add(1), c.add(2), c.add(0.5), c.scaled(0), 1 / c.scaled(0) === -Infinity);
const m = c.add.bind(c);
console.log(m(2 ** 31), m(-0));
