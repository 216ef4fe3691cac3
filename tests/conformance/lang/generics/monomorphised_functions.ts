// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: functions monomorphised per representation (number, string, boolean, references, arrays of them, callbacks)
function identity<T>(x: T): T { return x; }
function first<T>(xs: T[]): T | undefined { return xs.length > 0 ? xs[0] : undefined; }
function mapAll<T, U>(xs: T[], f: (x: T) => U): U[] { const out: U[] = []; for (const x of xs) out.push(f(x)); return out; }
interface Named { name: string }
class Dog { constructor(public name: string) {} }
function names<T extends Named>(items: T[]): string { return items.map((i) => i.name).join(","); }
function largest<T>(xs: T[], better: (a: T, b: T) => boolean): T { let best = xs[0]; for (const x of xs) if (better(x, best)) best = x; return best; }
console.log(identity(5), identity("s"), identity(true));
console.log(first([3, 4]), first<string>([]), first(["a"]));
console.log(mapAll([1, 2, 3], (x) => x * 2).join(" "), mapAll(["a", "bb"], (s) => s.length).join(" "));
console.log(names([new Dog("rex"), new Dog("fido")]), names([{ name: "lit" }]));
console.log(largest([3, 9, 2], (a, b) => a > b), largest(["pear", "fig"], (a, b) => a.length < b.length));
