// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: recursion without names through a fixed-point helper, and a trampoline for deep recursion
type Fn = (n: number) => number;
function fix(f: (self: Fn) => Fn): Fn {
  const self: Fn = (n) => f(self)(n);
  return self;
}
const factorial = fix((self) => (n) => (n <= 1 ? 1 : n * self(n - 1)));
const fibonacci = fix((self) => (n) => (n < 2 ? n : self(n - 1) + self(n - 2)));
console.log(factorial(10), fibonacci(20));
type Bounce = { done: boolean; value: number; next: () => Bounce };
function done(value: number): Bounce {
  return { done: true, value, next: () => done(value) };
}
function more(next: () => Bounce): Bounce {
  return { done: false, value: 0, next };
}
function trampoline(b: Bounce): number {
  let cur = b;
  let bounces = 0;
  while (!cur.done) {
    cur = cur.next();
    bounces++;
  }
  return cur.value + bounces * 0;
}
function sumTo(n: number, acc: number): Bounce {
  return n === 0 ? done(acc) : more(() => sumTo(n - 1, acc + n));
}
console.log(trampoline(sumTo(100000, 0)));
function isEvenT(n: number): Bounce {
  return n === 0 ? done(1) : more(() => isOddT(n - 1));
}
function isOddT(n: number): Bounce {
  return n === 0 ? done(0) : more(() => isEvenT(n - 1));
}
console.log(trampoline(isEvenT(50001)), trampoline(isEvenT(40000)));
