// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: currying, partial application, composition and pipelines of closures built at run time
const add = (a: number) => (b: number) => (c: number): number => a + b + c;
console.log(add(1)(2)(3), add(10)(-10)(0.5));
const add1 = add(1);
const add1and2 = add1(2);
console.log(add1and2(0), add1and2(100), add1(5)(5));
function curry2<A, B, R>(f: (a: A, b: B) => R): (a: A) => (b: B) => R {
  return (a: A) => (b: B) => f(a, b);
}
const pow = curry2((base: number, exp: number): number => base ** exp);
const powersOf2 = [0, 1, 2, 10].map(pow(2));
console.log(powersOf2);
const rep = curry2((s: string, n: number): string => s.repeat(n));
console.log(rep("ab")(3), [1, 2, 3].map(rep("*")));
function compose(...fs: Array<(x: number) => number>): (x: number) => number {
  return (x: number): number => fs.reduceRight((acc, f) => f(acc), x);
}
function pipe(...fs: Array<(x: number) => number>): (x: number) => number {
  return (x: number): number => fs.reduce((acc, f) => f(acc), x);
}
const inc = (x: number): number => x + 1;
const dbl = (x: number): number => x * 2;
const sq = (x: number): number => x * x;
console.log(compose(inc, dbl, sq)(3), pipe(inc, dbl, sq)(3), compose()(7), pipe(sq)(-4));
const partial = (f: (a: number, b: number, c: number) => number, a: number) => (b: number, c: number): number => f(a, b, c);
const vol = partial((l, w, h) => l * w * h, 2);
console.log(vol(3, 4), vol(0.5, 0.5));
function flip<A, B, R>(f: (a: A, b: B) => R): (b: B, a: A) => R {
  return (b: B, a: A) => f(a, b);
}
const minus = (a: number, b: number): number => a - b;
console.log(minus(10, 3), flip(minus)(10, 3));
const prefix = flip((s: string, p: string): string => p + s);
console.log(prefix("pre-", "fix"));
function times(n: number): (f: (i: number) => void) => void {
  return (f) => { for (let i = 0; i < n; i++) f(i); };
}
let log = "";
times(4)((i) => { log += i; });
console.log(log);
const adders: Array<(x: number) => number> = [];
for (let i = 1; i <= 3; i++) adders.push((x) => x + i);
console.log(adders.map((f) => f(10)), pipe(...adders)(0), compose(...adders, dbl)(1));
function once<R>(f: () => R): () => R {
  let done = false;
  let result: R | undefined;
  return (): R => {
    if (!done) { done = true; result = f(); }
    return result as R;
  };
}
let inits = 0;
const init = once((): string => { inits++; return "ready"; });
console.log(init(), init(), init(), inits);
