// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: user-defined type guard functions narrow in if statements and filters
interface Cat {
  meow(): string;
  lives: number;
}
interface Dog {
  bark(): string;
}
function isCat(a: Cat | Dog): a is Cat {
  return (a as Cat).meow !== undefined;
}
const pets: Array<Cat | Dog> = [
  { meow: () => "meow", lives: 9 },
  { bark: () => "woof" },
  { meow: () => "mrr", lives: 3 },
];
for (const p of pets) console.log(isCat(p) ? p.meow() + p.lives : p.bark());
const cats = pets.filter(isCat);
console.log(cats.length, cats.reduce((n, c) => n + c.lives, 0));
function isDefined<T>(x: T | undefined | null): x is T {
  return x !== undefined && x !== null;
}
const sparse = [1, undefined, 2, null, 3];
console.log(sparse.filter(isDefined).join(""));
