// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: generic functions whose parameters and results are written with generic function-type aliases
type Cmp<T> = (a: T, b: T) => number;
type Mapper<A, B> = (x: A) => B;
type Endo<T> = Mapper<T, T>;
type Pred<T> = (x: T) => boolean;
function reverse<T>(c: Cmp<T>): Cmp<T> { return (a, b) => c(b, a); }
function twice<T>(f: Endo<T>, x: T): T { return f(f(x)); }
function mapAll<A, B>(xs: A[], f: Mapper<A, B>): B[] { const out: B[] = []; for (const x of xs) out.push(f(x)); return out; }
function not<T>(p: Pred<T>): Pred<T> { return (x) => !p(x); }
function compose<A, B, C>(f: Mapper<A, B>, g: Mapper<B, C>): Mapper<A, C> { return (x) => g(f(x)); }
const byLen = (a: string, b: string): number => a.length - b.length;
const r = reverse(byLen);
console.log(r("ab", "c"), ["a", "ccc", "bb"].sort(r));
console.log([3, 1, 2].sort(reverse((a: number, b: number) => a - b)));
console.log(twice((s: string) => s + "!", "hi"), twice((n: number) => n * 3, 2));
console.log(mapAll([1, 2, 3], (n) => "n" + n), mapAll(["a", "bb"], (s) => s.length));
const odd = not((n: number) => n % 2 === 0);
console.log([1, 2, 3, 4, 5].filter(odd));
const lenThenDouble = compose((s: string) => s.length, (n: number) => n * 2);
console.log(lenThenDouble("hello"), compose(lenThenDouble, (n: number) => "=" + n)("abc"));
