// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: array literals built from spreads are fresh copies; spreading Maps, Sets, strings and nested arrays
const base = [1, 2, 3];
const copy = [...base];
copy.push(4);
console.log(base, copy, base === copy);
const objs = [{ n: 1 }, { n: 2 }];
const shallow = [...objs];
shallow[0].n = 100;
console.log(objs[0].n, shallow[0] === objs[0], shallow === objs);
const merged = [0, ...base, ...[], 9, ...base.reverse()];
console.log(merged, merged.length);
const set = new Set([3, 1, 3, 2, 1]);
console.log([...set], [...set].length);
const m = new Map<string, number>([["x", 1], ["y", 2]]);
console.log([...m], [...m.keys()], [...m.values()], [...m.entries()].map(([k, v]) => k + v));
console.log([..."abc"], [..."𝟘x"].length, [...""]);
const nested = [[1, 2], [3], []];
const flat: number[] = [];
for (const part of nested) flat.push(...part);
console.log(flat, [...nested].length, [...nested][0] === nested[0]);
const uniqueSorted = [...new Set([..."mississippi"])].sort();
console.log(uniqueSorted.join(""));
function withExtra<T>(xs: T[], extra: T): T[] {
  return [...xs, extra, ...xs];
}
console.log(withExtra([1, 2], 0), withExtra(["a"], "b"), withExtra([] as boolean[], true));
const strs: string[] = ["p", "q"];
const tagged = [...strs.map((s, i) => s + i), ...strs.map((s) => s.toUpperCase())];
console.log(tagged);
let built: number[] = [];
for (let i = 0; i < 5; i++) built = [...built, i * i];
console.log(built);
const prepend = (x: number, xs: number[]): number[] => [x, ...xs];
console.log(prepend(0, prepend(1, prepend(2, []))));
const keysOfSet = new Set(["k1", "k2"]);
const combo = [...keysOfSet, ...m.keys()];
console.log(combo, new Set([...combo, "k1"]).size);
const matrix = [[1, 2], [3, 4]];
const cloned = matrix.map((row) => [...row]);
cloned[0][0] = 99;
console.log(matrix, cloned);
