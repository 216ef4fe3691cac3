// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops in a small number-theory program: gcd, digit sums, modular powers, bit counts, Fibonacci past 2^53.

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function digitSum(n: number): number {
  let s: number = 0;
  while (n > 0) {
    s += n % 10;
    n = (n - n % 10) / 10;
  }
  return s;
}

function powMod(base: number, exp: number, mod: number): number {
  let result: number = 1;
  base = base % mod;
  while (exp > 0) {
    if (exp % 2 === 1) result = (result * base) % mod;
    exp = (exp - exp % 2) / 2;
    base = (base * base) % mod;
  }
  return result;
}

function popcount(x: number): number {
  let c: number = 0;
  x = x >>> 0;
  while (x !== 0) {
    x = x & (x - 1);
    c++;
  }
  return c;
}

/** Fibonacci numbers until `limit` steps: past F(78) they no longer fit in 2^53 and round. */
function fib(steps: number): string {
  let a: number = 0;
  let b: number = 1;
  let i: number = 0;
  for (; i < steps; i++) {
    const next = a + b;
    a = b;
    b = next;
  }
  return `F(${i}) = ${a}, F(${i + 1}) = ${b}`;
}

/** Integer square root by Newton's method (within int32): n / x is exact only sometimes. */
function isqrt(n: number): number {
  let x: number = n;
  let y: number = (x + 1) >> 1;
  let guard: number = 0;
  while (y < x && guard < 100) {
    x = y;
    y = (x + n / x) >> 1;
    guard++;
  }
  return x;
}

function triangular(limit: number): number {
  let t: number = 0;
  let k: number = 0;
  do {
    k++;
    t += k;
  } while (t < limit);
  return k;
}

const pairs: number[][] = [[48, 18], [17, 5], [0, 9], [9, 0], [-12, 18], [2 ** 52, 2 ** 40], [1.5, 0.5], [-0, 4]];
for (const [a, b] of pairs) console.log('gcd', a, b, gcd(a, b), 1 / gcd(a, b));
for (const n of [0, 7, 1234, 99999999, 9007199254740991, 12.5]) console.log('digitSum', n, digitSum(n));
console.log('powMod', powMod(2, 10, 1000), powMod(3, 200, 1000000007), powMod(7, 0, 13), powMod(-2, 3, 5));
console.log('powMod big', powMod(123456789, 65537, 4294967291));
for (const x of [0, 1, 255, -1, 2 ** 32 + 3, 2 ** 40 - 1]) console.log('popcount', x, popcount(x));
console.log(fib(10));
console.log(fib(78));
console.log(fib(79));
console.log(fib(90));
for (const n of [0, 1, 15, 16, 1000000, 2 ** 52]) console.log('isqrt', n, isqrt(n));
console.log('triangular', triangular(100), triangular(1), triangular(0.5), triangular(2 ** 53));

// The same loop shapes with fractional or special inputs take the double copy throughout.
let total: number = 0;
let step: number = 0.25;
while (total < 3) {
  total = total + step;
  step = step * 2;
}
console.log('fractional total', total, step);
let countdown: number = 5;
let product: number = 1;
while (countdown) {
  product *= countdown - 3;
  countdown--;
}
console.log('countdown product', product, 1 / product, countdown);
