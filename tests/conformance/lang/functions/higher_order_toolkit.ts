// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: higher-order functions returning and taking functions: debounce-like counters, predicates combinators, comparators
type Pred = (n: number) => boolean;
const not = (p: Pred): Pred => (n) => !p(n);
const and = (...ps: Pred[]): Pred => (n) => ps.every((p) => p(n));
const or = (...ps: Pred[]): Pred => (n) => ps.some((p) => p(n));
const isEven: Pred = (n) => n % 2 === 0;
const isPos: Pred = (n) => n > 0;
const gt = (k: number): Pred => (n) => n > k;
const xs = [-4, -3, 0, 1, 2, 7, 8, 12];
console.log(xs.filter(and(isEven, isPos)), xs.filter(or(gt(7), not(isPos))), xs.filter(not(or())), xs.filter(and()));
function by<T>(key: (x: T) => number): (a: T, b: T) => number {
  return (a, b) => key(a) - key(b);
}
function thenBy<T>(first: (a: T, b: T) => number, second: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => first(a, b) || second(a, b);
}
function reverse<T>(c: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => c(b, a);
}
const words = ["pear", "fig", "apple", "kiwi", "date", "banana", "yam"];
const byLen = by((s: string) => s.length);
const alpha: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
console.log(words.slice().sort(thenBy(byLen, alpha)));
console.log(words.slice().sort(reverse(thenBy(byLen, alpha))));
function counterFactory(): { hit: () => number; tally: () => string } {
  const hits: Record<string, number> = {};
  let n = 0;
  return {
    hit: () => { n++; const k = n % 3 === 0 ? "third" : "other"; hits[k] = (hits[k] ?? 0) + 1; return n; },
    tally: () => Object.entries(hits).map(([k, v]) => `${k}=${v}`).join(";"),
  };
}
const cf = counterFactory();
for (let i = 0; i < 7; i++) cf.hit();
console.log(cf.tally());
function mapValues(r: Record<string, number>, f: (v: number, k: string) => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) out[k] = f(v, k);
  return out;
}
console.log(mapValues({ a: 1, bb: 2, ccc: 3 }, (v, k) => v * k.length));
function tap<T>(f: (x: T) => void): (x: T) => T {
  return (x: T): T => { f(x); return x; };
}
const seen: number[] = [];
console.log([1, 2, 3].map(tap((x: number) => { seen.push(x * 100); })).map((x) => x + 1), seen);
function applyN(f: (x: number) => number, n: number): (x: number) => number {
  return n === 0 ? (x) => x : (x) => applyN(f, n - 1)(f(x));
}
console.log(applyN((x) => x * 2, 10)(1), applyN((x) => x + 0.5, 0)(3), applyN((x) => Math.sqrt(x), 2)(81));
const table: Array<[string, (a: number, b: number) => number]> = [
  ["+", (a, b) => a + b], ["-", (a, b) => a - b], ["max", (a, b) => Math.max(a, b)], ["hyp", (a, b) => Math.hypot(a, b)],
];
for (const [name, op] of table) console.log(name, op(3, 4), [1, 2, 3].reduce(op));
