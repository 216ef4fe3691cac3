// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a type parameter that an empty array leaves unpinned (never) uses its constraint's representation
interface Scored { score: number; name: string }
function best<T extends Scored>(xs: T[]): T | null {
  let b: T | null = null;
  for (const x of xs) if (b === null || x.score > b.score) b = x;
  return b;
}
const players = [{ name: "a", score: 3 }, { name: "b", score: 9 }];
console.log(best(players)?.name, best([]) === null, best([]));
function firstOr<T>(xs: T[], d: T): T { return xs.length > 0 ? xs[0] : d; }
console.log(firstOr([], 5), firstOr([], "x"), firstOr([2], 1));
function count<T>(xs: T[]): number { return xs.length; }
console.log(count([]), count([[]]), count([1, 2]));
