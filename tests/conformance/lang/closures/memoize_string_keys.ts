// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a memoizing wrapper keyed by string counts how often the wrapped function runs
function memoize(f: (s: string) => number): [(s: string) => number, () => number] {
  const cache: Map<string, number> = new Map();
  let misses: number = 0;
  const g = (s: string): number => {
    const c = cache.get(s);
    if (c !== undefined) return c;
    misses++;
    const r = f(s);
    cache.set(s, r);
    return r;
  };
  return [g, () => misses];
}
let editCalls: number = 0;
const [dist, missCount] = memoize((key: string): number => {
  editCalls++;
  const [a, b] = key.split("|");
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const cost = a[0] === b[0] ? 0 : 1;
  return Math.min(
    dist(a.slice(1) + "|" + b) + 1,
    dist(a + "|" + b.slice(1)) + 1,
    dist(a.slice(1) + "|" + b.slice(1)) + cost,
  );
});
console.log(dist("kitten|sitting"), dist("flaw|lawn"), dist("intention|execution"));
console.log(missCount(), editCalls);
console.log(dist("kitten|sitting"), missCount());
