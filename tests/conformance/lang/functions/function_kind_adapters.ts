// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: a function flows into a function type whose parameters or result are represented differently
type NumFn = (x: number) => string;
const wide = (x: number | string): string => (typeof x === "number" ? "num " + x.toFixed(1) : "str " + x);
const narrow: NumFn = wide;
console.log(narrow(3), wide("s"), narrow(0.25));
function optionalTail(a: number, b?: number): string {
  return a + "/" + (b === undefined ? "none" : b);
}
const oneArg: (a: number) => string = optionalTail;
console.log(oneArg(7), optionalTail(7, 8));
function defaulted(a: string, sep: string = "-"): string {
  return a + sep + a;
}
const viaArray: Array<(a: string) => string> = [defaulted, (a) => a + "!"];
console.log(viaArray.map((f) => f("x")).join(" "));
function widen(f: (n: number) => number | string, x: number): string {
  const r = f(x);
  return typeof r === "number" ? "n" + r : "s" + r;
}
console.log(widen((n) => n * 2, 4), widen((n: number): number => n + 1, 4), widen((n) => "#" + n, 5));
const store = new Map<string, (v: number | boolean) => string>();
store.set("n", (v) => "v=" + v);
console.log(store.get("n")!(true), store.get("n")!(2));
const cbs: Array<(n: number, label?: string) => string> = [(n, label) => (label ?? "?") + n];
const short: Array<(n: number) => string> = [];
short.push(cbs[0]);
console.log(short[0](9), cbs[0](9, "L"));
const same: NumFn = narrow;
console.log(same === narrow);
