// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions as values: function expressions, storing in variables and objects, higher-order functions
const ops: { [name: string]: (a: number, b: number) => number } = {
  add: function (a: number, b: number): number { return a + b; },
  sub: (a, b) => a - b,
  pow: (a, b) => a ** b,
};
for (const k of Object.keys(ops)) console.log(k, ops[k](2, 10));
function twice(f: (x: number) => number): (x: number) => number {
  return (x) => f(f(x));
}
console.log(twice((x) => x * 3)(2), twice(twice((x) => x + 1))(0));
const named = function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
};
console.log(named(6));
function callN(n: number, f: (i: number) => void): void {
  for (let i = 0; i < n; i++) f(i);
}
let acc: string = "";
callN(4, (i) => { acc += i; });
console.log(acc);
