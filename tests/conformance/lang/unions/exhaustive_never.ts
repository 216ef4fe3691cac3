// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: exhaustiveness checking with never, literal unions, type guards
type Op = "+" | "-" | "*" | "/";
function apply(op: Op, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}
const ops: Op[] = ["+", "-", "*", "/"];
console.log(ops.map((o) => apply(o, 7, 2)).join(" "));
interface Cat { meow(): string }
interface Dog { bark(): string }
function isCat(p: Cat | Dog): p is Cat {
  return (p as Cat).meow !== undefined;
}
const pets: (Cat | Dog)[] = [{ meow: () => "meow" }, { bark: () => "woof" }];
for (const p of pets) console.log(isCat(p) ? p.meow() : p.bark());
function toNum(v: number | string): number {
  return typeof v === "number" ? v : v === "" ? 0 : 1;
}
console.log(toNum(5), toNum(""), toNum("x"));
