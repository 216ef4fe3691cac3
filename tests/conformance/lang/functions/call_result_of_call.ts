// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: calling the result of a call, functions returning functions, chained calls
function makeAdder(n: number): (x: number) => number {
  return (x: number) => x + n;
}
function makeGreeter(greeting: string): (name: string) => (punct: string) => string {
  return (name) => (punct) => greeting + ", " + name + punct;
}
console.log(makeAdder(3)(4), makeAdder(-1)(1), makeGreeter("Hi")("Ann")("!"));
const chain = (n: number) => (m: number) => (k: number) => n * 100 + m * 10 + k;
console.log(chain(1)(2)(3), chain(9)(0)(9));
function selector(even: boolean): (xs: number[]) => number[] {
  return even ? (xs) => xs.filter((x) => x % 2 === 0) : (xs) => xs.filter((x) => x % 2 !== 0);
}
console.log(selector(true)([1, 2, 3, 4]).join(","), selector(false)([1, 2, 3, 4]).join(","));
function counterFactory(): () => () => number {
  let created = 0;
  return () => {
    created++;
    let own = created * 100;
    return () => ++own;
  };
}
const factory = counterFactory();
const c1 = factory();
const c2 = factory();
console.log(c1(), c1(), c2(), factory()(), c1());
const twice = (f: (x: number) => number) => (x: number) => f(f(x));
console.log(twice(makeAdder(5))(0), twice(twice(makeAdder(1)))(0));
