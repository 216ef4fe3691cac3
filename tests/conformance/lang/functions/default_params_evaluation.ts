// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: default parameter initializers run at call time, left to right, and may use earlier parameters
let evals = 0;
function next(): number {
  evals++;
  return evals * 10;
}
function f(a: number, b: number = a * 2, c: number = next() + b): string {
  return a + "," + b + "," + c;
}
console.log(f(1));
console.log(f(1, 5));
console.log(f(1, 5, 0));
console.log(f(2, undefined, undefined));
console.log(evals);
const g = (s: string = "dflt", t: string = s.toUpperCase()): string => s + "/" + t;
console.log(g(), g("x"), g(undefined, "y"));
