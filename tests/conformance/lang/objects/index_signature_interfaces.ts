// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: interfaces with index signatures and Record<K, T> over literal-union keys, used as lookup tables and caches
interface Dict<T> { [key: string]: T }
const env: Dict<string> = { HOME: "/home/u", SHELL: "/bin/sh" };
env.PATH = "/usr/bin";
env["LANG"] = "C";
console.log(env, Object.keys(env).length, "PATH" in env, "EDITOR" in env);
function expand(tmpl: string, vars: Dict<string>): string {
  let out = "";
  let i = 0;
  while (i < tmpl.length) {
    if (tmpl[i] === "$") {
      let j = i + 1;
      while (j < tmpl.length && ((tmpl[j] >= "A" && tmpl[j] <= "Z") || tmpl[j] === "_")) j++;
      const name = tmpl.slice(i + 1, j);
      out += name in vars ? vars[name] : `<${name}?>`;
      i = j;
    } else {
      out += tmpl[i++];
    }
  }
  return out;
}
console.log(expand("$HOME/bin:$PATH ($LANG) $EDITOR!", env));
type Suit = "hearts" | "spades" | "clubs" | "diamonds";
const symbols: Record<Suit, string> = { hearts: "H", spades: "S", clubs: "C", diamonds: "D" };
const counts: Record<Suit, number> = { hearts: 0, spades: 0, clubs: 0, diamonds: 0 };
const hand: Suit[] = ["spades", "hearts", "spades", "clubs", "spades"];
for (const s of hand) counts[s]++;
console.log(hand.map((s) => symbols[s]).join(""), counts);
const cache: Dict<number> = {};
let misses = 0;
function slowLen(s: string): number {
  if (s in cache) return cache[s];
  misses++;
  cache[s] = s.length * 2;
  return cache[s];
}
console.log(["aa", "b", "aa", "ccc", "b"].map(slowLen), misses, cache);
const sparse: Record<number, number> = {};
sparse[10] = 1;
sparse[2] = 5;
sparse[7] = 3;
console.log(sparse, Object.keys(sparse), Object.values(sparse));
let dot = 0;
const other: Record<number, number> = { 2: 10, 7: 2, 99: 5 };
for (const k of Object.keys(sparse)) if (k in other) dot += sparse[+k] * other[+k];
console.log(dot);
const nested: Dict<Dict<number>> = {};
const add = (a: string, b: string, w: number): void => {
  if (!(a in nested)) nested[a] = {};
  nested[a][b] = (nested[a][b] ?? 0) + w;
};
add("x", "y", 1); add("x", "z", 2); add("y", "x", 3); add("x", "y", 4);
console.log(nested, Object.entries(nested).map(([k, v]) => `${k}:${Object.keys(v).length}`));
