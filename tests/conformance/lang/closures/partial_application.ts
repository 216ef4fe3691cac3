// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: currying and partial application build functions from captured arguments
const add = (a: number) => (b: number) => (c: number) => a + b + c;
console.log(add(1)(2)(3), add(10)(20)(30));
const add1 = add(1);
const add1and2 = add1(2);
console.log(add1and2(0), add1and2(100), add1(0)(0));
function partial(f: (a: string, b: string, c: string) => string, a: string): (b: string, c: string) => string {
  return (b: string, c: string) => f(a, b, c);
}
const join3 = (a: string, b: string, c: string): string => a + "-" + b + "-" + c;
const withX = partial(join3, "x");
console.log(withX("y", "z"), withX("1", "2"));
function flip<A, B, R>(f: (a: A, b: B) => R): (b: B, a: A) => R {
  return (b: B, a: A) => f(a, b);
}
const sub = (a: number, b: number): number => a - b;
console.log(sub(10, 3), flip(sub)(10, 3));
