// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic top-level utility functions (groupBy, zip, chunk, uniqBy, memo) at several instantiations
function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const bucket = m.get(k);
    if (bucket) bucket.push(x);
    else m.set(k, [x]);
  }
  return m;
}
function zip<A, B>(as: A[], bs: B[]): Array<[A, B]> {
  const n = Math.min(as.length, bs.length);
  const out: Array<[A, B]> = [];
  for (let i = 0; i < n; i++) out.push([as[i], bs[i]]);
  return out;
}
function chunk<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
function uniqBy<T, K>(xs: T[], key: (x: T) => K): T[] {
  const seen = new Set<K>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function last<T>(xs: T[]): T | undefined {
  return xs.length ? xs[xs.length - 1] : undefined;
}
function sortedBy<T>(xs: T[], key: (x: T) => number): T[] {
  return xs.slice().sort((a, b) => key(a) - key(b));
}
console.log(groupBy(["apple", "avocado", "banana", "blueberry", "cherry"], (s) => s[0]));
console.log(groupBy([1, 2, 3, 4, 5, 6, 7], (n) => (n % 3 === 0 ? "fizz" : "other")));
const people = [{ n: "a", age: 30 }, { n: "b", age: 20 }, { n: "c", age: 30 }];
console.log(groupBy(people, (p) => String(p.age)));
console.log(zip([1, 2, 3], ["one", "two"]), zip(["x"], [true, false]), zip([] as number[], [1]));
console.log(chunk([1, 2, 3, 4, 5], 2), chunk(["a", "b", "c"], 5), chunk([] as string[], 3));
console.log(uniqBy([3, 1, 3, 2, 1], (n) => n), uniqBy(["aa", "b", "cc", "d"], (s) => s.length));
console.log(uniqBy(people, (p) => p.age).map((p) => p.n));
console.log(last([1, 2, 3]), last(["z"]), last([] as boolean[]), last(people)?.n);
console.log(sortedBy(people, (p) => -p.age).map((p) => p.n), sortedBy([5, -1, 3], (x) => x));
function memo<R>(f: (n: number) => R): (n: number) => R {
  const cache = new Map<number, R>();
  return (n: number): R => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const r = f(n);
    cache.set(n, r);
    return r;
  };
}
let calls = 0;
const slowSquare = memo((n: number): number => { calls++; return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);
const label = memo((n: number): string => { calls++; return "#" + n; });
console.log(label(1), label(1), label(2), calls);
