// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: top-level function declarations used as values: callbacks, storage, stable identity
function double(x: number): number {
  return x * 2;
}
function isEven(x: number): boolean {
  return x % 2 === 0;
}
function shout(s: string): string {
  return s.toUpperCase() + "!";
}
function byLength(a: string, b: string): number {
  return a.length - b.length;
}
const xs = [5, 2, 8, 3];
console.log(xs.map(double).join(","), xs.filter(isEven).join(","), xs.some(isEven), xs.every(isEven));
console.log(["bb", "a", "ccc"].sort(byLength).join(" "), ["hi", "yo"].map(shout).join(" "));
const f: (x: number) => number = double;
const g = double;
console.log(f === double, g === f, double === double, f(21), g(4));
const table: Array<(s: string) => string> = [shout, shout];
console.log(table[0] === table[1], table.indexOf(shout), table.includes(shout));
function apply(fn: (x: number) => number, times: number, x: number): number {
  for (let i = 0; i < times; i++) x = fn(x);
  return x;
}
console.log(apply(double, 10, 1), apply(double, 0, 7));
console.log(double, [double], typeof double);
let current: (x: number) => number = double;
console.log(current(3));
function triple(x: number): number {
  return x * 3;
}
current = triple;
console.log(current(3), current === triple, current === double);
