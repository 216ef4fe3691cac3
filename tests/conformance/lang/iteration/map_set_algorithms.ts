// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: set algebra and map-based algorithms walking Sets and Maps with for-of, forEach and spread in insertion order
function union<T>(a: Set<T>, b: Set<T>): Set<T> { return new Set([...a, ...b]); }
function intersect<T>(a: Set<T>, b: Set<T>): Set<T> {
  const out = new Set<T>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}
function difference<T>(a: Set<T>, b: Set<T>): Set<T> {
  const out = new Set<T>(a);
  for (const x of b) out.delete(x);
  return out;
}
const A = new Set([1, 2, 3, 4, 5]);
const B = new Set([4, 5, 6, 7]);
console.log(union(A, B), intersect(A, B), difference(A, B), difference(B, A), intersect(A, new Set<number>()));
const S1 = new Set("hello world");
const S2 = new Set("lower");
console.log([...intersect(S1, S2)].join(""), [...difference(S1, S2)].join(""), union(S1, S2).size);
const anagrams = new Map<string, string[]>();
for (const w of ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]) {
  const k = [...w].sort().join("");
  const g = anagrams.get(k);
  if (g) g.push(w);
  else anagrams.set(k, [w]);
}
for (const [k, ws] of anagrams) if (ws.length > 1) console.log(k, ws);
const sizes: number[] = [];
anagrams.forEach((ws, k, map) => sizes.push(ws.length * (map.has(k) ? 1 : 0)));
console.log(sizes);
const edges: Array<[string, string]> = [["a", "b"], ["b", "c"], ["a", "c"], ["c", "d"], ["e", "f"]];
const adj = new Map<string, Set<string>>();
for (const [u, v] of edges) {
  for (const [x, y] of [[u, v], [v, u]]) {
    if (!adj.has(x)) adj.set(x, new Set());
    adj.get(x)!.add(y);
  }
}
for (const [n, ns] of adj) console.log(n, [...ns].sort().join(","));
const degree = new Map([...adj].map(([n, ns]): [string, number] => [n, ns.size]));
console.log(degree, Math.max(...degree.values()));
const inverted = new Map<number, string[]>();
for (const [n, d] of degree) inverted.set(d, [...(inverted.get(d) ?? []), n]);
console.log([...inverted].sort((a, b) => a[0] - b[0]));
const firstSeen = new Map<string, number>();
const text = "the cat and the hat and the bat";
for (const [i, w] of text.split(" ").entries()) if (!firstSeen.has(w)) firstSeen.set(w, i);
console.log(firstSeen, [...firstSeen.keys()].join(" "));
