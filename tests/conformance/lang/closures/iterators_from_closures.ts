// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: iterator-like objects built from closures over private state
interface Iter {
  next: () => number | undefined;
  peek: () => number | undefined;
}
function range(from: number, to: number, step: number): Iter {
  let cur = from;
  return {
    next: () => {
      if (cur >= to) return undefined;
      const v = cur;
      cur += step;
      return v;
    },
    peek: () => (cur < to ? cur : undefined),
  };
}
function mapIter(it: Iter, f: (x: number) => number): Iter {
  return { next: () => { const v = it.next(); return v === undefined ? undefined : f(v); }, peek: () => { const v = it.peek(); return v === undefined ? undefined : f(v); } };
}
function collect(it: Iter): number[] {
  const out: number[] = [];
  for (let v = it.next(); v !== undefined; v = it.next()) out.push(v);
  return out;
}
console.log(collect(range(0, 10, 3)).join(","));
const sq = mapIter(range(1, 5, 1), (x) => x * x);
console.log(sq.peek(), sq.next(), sq.peek(), collect(sq).join(","), sq.next());
function take(it: Iter, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const v = it.next();
    if (v === undefined) break;
    out.push(v);
  }
  return out;
}
function naturals(): Iter {
  let n = 0;
  return { next: () => n++, peek: () => n };
}
const nat = naturals();
console.log(take(nat, 3).join(","), take(nat, 2).join(","), nat.peek());
console.log(take(mapIter(naturals(), (x) => 2 ** x), 8).join(" "));
