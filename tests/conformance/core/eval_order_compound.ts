// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// compound assignment reads the target before evaluating the right-hand side
let x: number = 1;
function setX(v: number): number {
  console.log("setX", v, "x was", x);
  x = v;
  return 10;
}
x += setX(100);
console.log("x", x);
x = 1;
x = x + setX(100);
console.log("x", x);
x = 1;
x = setX(100) + x;
console.log("x", x);
x = 2;
x *= setX(3);
console.log("x", x);
x = 5;
x -= setX(1000);
console.log("x", x);
let s: string = "a";
function setS(v: string): string {
  s = v;
  return "c";
}
s += setS("zzz");
console.log("s", s);
let n: number = 3;
function bumpN(): number {
  n++;
  return n;
}
n **= bumpN() - 2;
console.log("n", n);
let count: number = 0;
function nextCount(): number {
  return ++count;
}
let total: number = 0;
total += nextCount() * 10 + nextCount();
console.log(total, count);
let b: number = 0;
b = (b = 5) + b;
console.log("b", b);
let c: number = 1;
c += c += c *= 3;
console.log("c", c);
