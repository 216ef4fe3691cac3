// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: curry and uncurry helpers, partial application with placeholders and argument capture order
function curry2(f: (a: number, b: number) => number): (a: number) => (b: number) => number {
  return (a) => (b) => f(a, b);
}
function uncurry2(f: (a: number) => (b: number) => number): (a: number, b: number) => number {
  return (a, b) => f(a)(b);
}
function pow(base: number, exp: number): number {
  return base ** exp;
}
const cpow = curry2(pow);
const square = (x: number) => cpow(x)(2);
const powersOf2 = cpow(2);
console.log(square(9), powersOf2(10), [0, 1, 2, 3].map(powersOf2).join(","));
const upow = uncurry2(cpow);
console.log(upow(3, 4), uncurry2(curry2((a, b) => a - b))(10, 4));
function partialRight(f: (a: string, b: string) => string, b: string): (a: string) => string {
  return (a) => f(a, b);
}
function wrap(text: string, tag: string): string {
  return "<" + tag + ">" + text + "</" + tag + ">";
}
const bold = partialRight(wrap, "b");
const italic = partialRight(wrap, "i");
console.log(bold("x"), italic(bold("y")), ["p", "q"].map(bold).join(""));
const order: string[] = [];
function arg(name: string, v: number): number {
  order.push(name);
  return v;
}
const add3 = (a: number) => (b: number) => (c: number) => a + b + c;
console.log(add3(arg("a", 1))(arg("b", 2))(arg("c", 3)), order.join(""));
const adders = [1, 2, 3].map((n) => (x: number) => x + n);
console.log(adders.map((f) => f(10)).join(" "), adders.reduce((acc, f) => f(acc), 0));
