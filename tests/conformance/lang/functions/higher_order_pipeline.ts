// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: higher-order functions compose, pipe, map and reduce over function arrays
type Fn = (x: number) => number;
function pipe(...fns: Fn[]): Fn {
  return (x: number) => fns.reduce((acc, f) => f(acc), x);
}
function compose(...fns: Fn[]): Fn {
  return (x: number) => fns.reduceRight((acc, f) => f(acc), x);
}
const inc: Fn = (x) => x + 1;
const dbl: Fn = (x) => x * 2;
const sq: Fn = (x) => x * x;
console.log(pipe(inc, dbl, sq)(3), compose(inc, dbl, sq)(3), pipe()(7));
function times(n: number, f: (i: number) => void): void {
  for (let i = 0; i < n; i++) f(i);
}
let acc = "";
times(4, (i) => {
  acc += i;
});
console.log(acc);
function applyN(f: Fn, n: number): Fn {
  return n === 0 ? (x) => x : (x) => f(applyN(f, n - 1)(x));
}
console.log(applyN(dbl, 10)(1), applyN(inc, 0)(5));
