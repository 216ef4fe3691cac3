// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic functions with inferred and explicit type arguments
function identity<T>(x: T): T {
  return x;
}
function pair<A, B>(a: A, b: B): [A, B] {
  return [a, b];
}
function first<T>(xs: T[]): T | undefined {
  return xs.length > 0 ? xs[0] : undefined;
}
function map<T, U>(xs: T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
console.log(identity(5), identity<string>("s"), identity(true));
const p = pair("k", 9);
console.log(p[0], p[1], pair<number, number[]>(1, [2, 3])[1].length);
console.log(first([7, 8]), first<string>([]), first(["z"]));
console.log(map([1, 2, 3], (n) => "n" + n).join(","), map(["a", "bb"], (s) => s.length).join(","));
