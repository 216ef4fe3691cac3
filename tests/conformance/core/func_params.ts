// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// parameters are passed by value: reassigning a parameter does not affect the caller; parameters shadow globals
let g: number = 1;
let gs: string = "global";
function change(g: number, gs: string): string {
  g = g * 100;
  gs = gs + "!";
  return gs + g;
}
console.log(change(5, "local"), g, gs);
function inc(n: number): number {
  n++;
  n += 1;
  return n;
}
let v: number = 10;
console.log(inc(v), v);
function swapPrint(a: number, b: number): void {
  let t: number = a;
  a = b;
  b = t;
  console.log(a, b);
}
swapPrint(1, 2);
function flags(a: boolean, b: boolean): string {
  a = !a;
  return "" + a + b;
}
let fa: boolean = true;
console.log(flags(fa, false), fa);
function sameName(sameName: number): number {
  return sameName * 2;
}
console.log(sameName(21));
