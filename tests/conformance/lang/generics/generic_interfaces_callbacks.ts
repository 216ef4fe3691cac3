// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic interfaces for results and comparators used by generic algorithms
interface Result<T> {
  ok: boolean;
  value?: T;
  error?: string;
}
function tryParse(s: string): Result<number> {
  const n = Number(s);
  return Number.isNaN(n) ? { ok: false, error: "bad: " + s } : { ok: true, value: n };
}
for (const s of ["12", "x", "", "1e3"]) {
  const r = tryParse(s);
  console.log(r.ok ? "value " + r.value : r.error);
}
type Cmp<T> = (a: T, b: T) => number;
function maxBy<T>(xs: T[], cmp: Cmp<T>): T | undefined {
  let best: T | undefined = undefined;
  for (const x of xs) if (best === undefined || cmp(x, best) > 0) best = x;
  return best;
}
console.log(maxBy([3, 9, 2], (a, b) => a - b), maxBy(["bb", "a", "ccc"], (a, b) => a.length - b.length));
function binarySearch<T>(xs: T[], target: T, cmp: Cmp<T>): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(xs[mid], target);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}
const sorted = [1, 3, 5, 7, 9, 11];
console.log([7, 1, 11, 4, 0, 12].map((t) => binarySearch(sorted, t, (a, b) => a - b)).join(" "));
