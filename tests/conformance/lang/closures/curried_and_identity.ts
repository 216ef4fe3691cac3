// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: three-level currying, function identity of declarations vs fresh closures, closures stored in maps
function add3(a: number): (b: number) => (c: number) => number {
  return (b) => (c) => a * 100 + b * 10 + c;
}
const f1 = add3(1);
const f12 = f1(2);
console.log(f12(3), f1(5)(6), add3(9)(9)(9), f12(0));
console.log(f1 === f1, add3(1) === add3(1), f1(2) === f12);
function named(x: number): number {
  return x + 1;
}
const ref1 = named;
const ref2 = named;
console.log(ref1 === ref2, [named, ref1].indexOf(ref2), ref1(1));
const ops = new Map<string, (a: number, b: number) => number>();
ops.set("+", (a, b) => a + b);
ops.set("-", (a, b) => a - b);
ops.set("max", (a, b) => (a > b ? a : b));
let calls = 0;
ops.set("count", (a, b) => {
  calls++;
  return a * b + calls;
});
for (const [name, op] of ops) console.log(name, op(7, 3), op(2, 5));
console.log("calls", calls);
const pipe = (...fs: ((x: number) => number)[]) => (x: number) => fs.reduce((acc, f) => f(acc), x);
const inc = (x: number) => x + 1;
const dbl = (x: number) => x * 2;
console.log(pipe(inc, dbl)(5), pipe(dbl, inc)(5), pipe()(5), pipe(inc, inc, inc, dbl)(0));
const handlers = new Map<(x: number) => number, string>([[inc, "inc"], [dbl, "dbl"]]);
console.log(handlers.get(inc), handlers.get(dbl), handlers.get((x: number) => x + 1) ?? "fresh closure not found");
