// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// A number-theory toolkit of small integer helpers called directly (gcd, modular power, digit sums, binary search, sieve), mixed with closures, classes and values past int32.

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function mulMod(a: number, b: number, m: number): number {
  return (a * b) % m;
}
function powMod(base: number, exp: number, m: number): number {
  let result = 1;
  let b = base % m;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result = mulMod(result, b, m);
    b = mulMod(b, b, m);
    e = Math.floor(e / 2);
  }
  return result;
}
function digitSum(n: number): number {
  return n < 10 ? n : (n % 10) + digitSum(Math.floor(n / 10));
}
function lowerBound(xs: number[], target: number, lo: number, hi: number): number {
  if (lo >= hi) return lo;
  const mid = (lo + hi) >> 1;
  return xs[mid] < target ? lowerBound(xs, target, mid + 1, hi) : lowerBound(xs, target, lo, mid);
}
function sieve(limit: number): number[] {
  const composite: boolean[] = [];
  for (let i = 0; i <= limit; i++) composite.push(false);
  const primes: number[] = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}
function triangle(n: number): number {
  return (n * (n + 1)) / 2;
}
function collatzLength(n: number): number {
  let steps = 0;
  let x = n;
  while (x !== 1) {
    x = x % 2 === 0 ? x / 2 : 3 * x + 1;
    steps++;
  }
  return steps;
}

class Stats {
  private values: number[] = [];
  add(v: number): void {
    this.values.push(v);
  }
  total(): number {
    let s = 0;
    for (const v of this.values) s += v;
    return s;
  }
  describe(): string {
    return `n=${this.values.length} total=${this.total()} max=${Math.max(...this.values)}`;
  }
}

const primes = sieve(200);
console.log(primes.length, primes.slice(0, 10).join(' '), primes[primes.length - 1]);
console.log(gcd(1071, 462), gcd(2147483647, 2147483646), gcd(4294967296, 65536), gcd(0, 9));
console.log(powMod(2, 10, 1000), powMod(3, 200, 1000003), powMod(7, 0, 13), powMod(5, 117, 19));
console.log(digitSum(0), digitSum(9875), digitSum(2147483647), digitSum(9007199254740991));
console.log(lowerBound(primes, 100, 0, primes.length), lowerBound(primes, 2, 0, primes.length), lowerBound(primes, 1000, 0, primes.length));
console.log(triangle(10), triangle(65535), triangle(65536), triangle(100000000));
console.log(collatzLength(27), collatzLength(97), collatzLength(1));

const stats = new Stats();
for (const p of primes) if (p % 10 === 3) stats.add(powMod(p, p, 1000003));
console.log(stats.describe());

const squares = primes.slice(0, 5).map((p) => mulMod(p, p, 1000000007));
console.log(squares.join(','), squares.reduce((a, b) => a + b, 0));
const big = [2147483647, 2147483648, 4294967295].map((v) => gcd(v, 3));
console.log(big.join(' '), triangle(-1), 1 / triangle(-1), 1 / triangle(0));
let mix = 0;
for (let i = 1; i <= 50; i++) mix = (mix * 31 + digitSum(i * 997) + gcd(i, 36)) % 1000003;
console.log(mix);
