// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: recursion through a captured binding, memoization, fixed-point style helpers
const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(10));
function memo(f: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n: number): number => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = f(n);
    cache.set(n, v);
    return v;
  };
}
let calls: number = 0;
const fib: (n: number) => number = memo((n: number): number => {
  calls++;
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(fib(90), calls);
function compose<A, B, C>(f: (b: B) => C, g: (a: A) => B): (a: A) => C {
  return (a: A): C => f(g(a));
}
const inc = (x: number): number => x + 1;
const dbl = (x: number): number => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function curry(a: number): (b: number) => (c: number) => number {
  return (b) => (c) => a * 100 + b * 10 + c;
}
console.log(curry(1)(2)(3));
