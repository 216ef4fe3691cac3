// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: memoizing wrappers around top-level functions, counting the calls that reach them
let slowCalls = 0;
function slowSquare(n: number): number {
  slowCalls++;
  return n * n;
}
function memoize(f: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n: number): number => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = f(n);
    cache.set(n, v);
    return v;
  };
}
const fast = memoize(slowSquare);
console.log([3, 4, 3, 3, 5, 4].map(fast).join(","), slowCalls);
let fibCalls = 0;
function fibRaw(n: number): number {
  fibCalls++;
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
const fib = memoize(fibRaw);
console.log(fib(50), fibCalls, fib(50), fibCalls);
const memoAgain = memoize(slowSquare);
console.log(memoAgain === fast, memoAgain(3), slowCalls);
