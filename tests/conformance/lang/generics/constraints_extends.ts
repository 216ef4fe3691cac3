// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: type parameters constrained by interfaces and by keyof
interface HasLength {
  length: number;
}
function longest<T extends HasLength>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}
console.log(longest("abc", "de"), longest([1, 2], [3, 4, 5]).join(","));
interface Scored {
  score: number;
}
function best<T extends Scored>(xs: T[]): T | null {
  let b: T | null = null;
  for (const x of xs) if (b === null || x.score > b.score) b = x;
  return b;
}
const players = [
  { name: "a", score: 3 },
  { name: "b", score: 9 },
  { name: "c", score: 5 },
];
console.log(best(players)?.name, best([]) === null);
function pluck<T, K extends keyof T>(xs: T[], k: K): T[K][] {
  return xs.map((x) => x[k]);
}
console.log(pluck(players, "name").join(""), pluck(players, "score").join("+"));
