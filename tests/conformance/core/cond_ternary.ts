// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// conditional operator: nesting, right associativity, side effects only in the taken branch
function classify(n: number): string {
  return n < 0 ? "negative" : n === 0 ? "zero" : n < 10 ? "small" : n < 100 ? "medium" : "large";
}
for (let i = -5; i <= 500; i = i < 0 ? i + 4 : i * 3 + 7) {
  console.log(i, classify(i));
}
console.log(classify(0), classify(-0), classify(0 / 0));
let a: number = 5;
let b: number = 7;
let max: number = a > b ? a : b;
let min: number = a < b ? a : b;
console.log(max, min);
function say(s: string): number {
  console.log("eval", s);
  return s === "one" ? 1 : 2;
}
let r: number = a > 3 ? say("one") : say("two");
console.log(r);
r = a > 30 ? say("one") : say("two");
console.log(r);
let t: boolean = a > b;
console.log(t ? "t" : "f", !t ? (a > 0 ? "pos" : "nonpos") : "never");
let s: string = (a > b ? "a" : "b") + (a === 5 ? 5 : 0) + (t ? true : false);
console.log(s);
