// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Recursion whose argument range is bounded by a guard (fib), grows without bound, or leaves int32.

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function fibIf(n: number): number {
  if (n <= 1) return n;
  return fibIf(n - 1) + fibIf(n - 2);
}
function down(n: number, acc: number): number {
  if (n === 0) return acc;
  return down(n - 1, acc + n);
}
function grow(n: number, steps: number): number {
  return steps === 0 ? n : grow(n * 3 + 1, steps - 1);
}
function up(n: number): number {
  return n >= 2 ** 31 + 5 ? n : up(n + 1);
}
function halve(n: number): number {
  return n < 1 ? n : halve(n / 2);
}
function climb(n: number): number {
  return n >= 2147483000 ? n : climb(n + 16777216);
}
function climbDown(n: number): number {
  if (n < -2147483000) return n * 2;
  return climbDown(n - 16777216);
}
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
function countDown(n: number): number {
  let c = 0;
  while (n > 0) {
    c += n;
    break;
  }
  return c + (n > 3 ? countDown(n - 3) : 0);
}

console.log(fib(0), fib(1), fib(2), fib(25), fibIf(30));
console.log(down(100, 0), down(10, 2 ** 53 - 20));
console.log(grow(1, 10), grow(1, 40), grow(7, 35));
console.log(up(2 ** 31 - 3), up(2 ** 31 + 4));
console.log(halve(1000), halve(7));
console.log(countDown(10), countDown(100));
console.log(climb(0), climb(5), climb(2147482999), climbDown(0), climbDown(-7));
console.log(isEven(10), isOdd(7), isEven(301), isOdd(1000));

