// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: dispatch tables of top-level functions in objects, arrays and Maps
function add(a: number, b: number): number {
  return a + b;
}
function sub(a: number, b: number): number {
  return a - b;
}
function mul(a: number, b: number): number {
  return a * b;
}
function div(a: number, b: number): number {
  return a / b;
}
type BinOp = (a: number, b: number) => number;
const byName = new Map<string, BinOp>([["add", add], ["sub", sub]]);
byName.set("mul", mul);
byName.set("div", div);
for (const name of ["add", "sub", "mul", "div", "mod"]) {
  const op = byName.get(name);
  console.log(name, op ? op(12, 4) : "unknown");
}
const ops: BinOp[] = [add, sub, mul, div];
console.log(ops.map((op) => op(9, 3)).join(" "));
const obj = { plus: add, times: mul };
console.log(obj.plus(2, 3), obj.times(2, 3), obj.plus === add);
function pick(symbol: string): BinOp {
  switch (symbol) {
    case "+":
      return add;
    case "-":
      return sub;
    case "*":
      return mul;
    default:
      return div;
  }
}
console.log(pick("+")(1, 2), pick("-")(1, 2), pick("*")(3, 4), pick("/")(1, 4));
console.log(pick("+") === pick("+"), pick("+") === pick("-"));
const counts = new Map<BinOp, number>();
for (const s of ["+", "+", "*", "/", "+"]) {
  const f = pick(s);
  counts.set(f, (counts.get(f) ?? 0) + 1);
}
console.log(counts.get(add), counts.get(mul), counts.get(div), counts.get(sub));
