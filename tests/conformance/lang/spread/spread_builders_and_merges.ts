// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: building arrays and records with spread in reducers, merging sorted arrays, and record spread overriding keys
const merge = (a: number[], b: number[]): number[] => {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(a[i] <= b[j] ? a[i++] : b[j++]);
  return [...out, ...a.slice(i), ...b.slice(j)];
};
function mergeSort(xs: number[]): number[] {
  if (xs.length <= 1) return [...xs];
  const mid = xs.length >> 1;
  return merge(mergeSort(xs.slice(0, mid)), mergeSort(xs.slice(mid)));
}
const data = [5, -2, 9, 0, 5, 3, 11, -7];
console.log(mergeSort(data), data, mergeSort([]), merge([1, 4], [2, 3, 5]));
const evensOdds = data.reduce<[number[], number[]]>(([e, o], x) => (x % 2 === 0 ? [[...e, x], o] : [e, [...o, x]]), [[], []]);
console.log(evensOdds);
const tally = data.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x < 0 ? "neg" : x === 0 ? "zero" : "pos"]: (acc[x < 0 ? "neg" : x === 0 ? "zero" : "pos"] ?? 0) + 1 }), {});
console.log(tally);
const base: Record<string, string> = { color: "red", size: "M" };
const patch: Record<string, string> = { size: "L", fit: "slim" };
const mergedRec: Record<string, string> = { ...base, ...patch };
const reversed: Record<string, string> = { ...patch, ...base };
console.log(mergedRec, reversed, base, Object.keys(mergedRec));
const withNums: Record<string, number> = { ...{ b: 1, a: 2 } as Record<string, number>, 3: 3, 1: 1 };
console.log(withNums);
function powerset(xs: string[]): string[][] {
  if (xs.length === 0) return [[]];
  const [h, ...t] = xs;
  const rest = powerset(t);
  return [...rest, ...rest.map((s) => [h, ...s])];
}
console.log(powerset(["a", "b", "c"]).map((s) => s.join("") || "{}"), powerset([]).length);
const chunks = [[1, 2], [3], [], [4, 5, 6]];
const flattened = chunks.reduce((acc, c) => [...acc, ...c], [] as number[]);
console.log(flattened, Math.max(...flattened), Math.min(...flattened, 100));
const interleaved = [...flattened.map((n) => [n, -n])].map(([a, b]) => a + b);
console.log(interleaved);
