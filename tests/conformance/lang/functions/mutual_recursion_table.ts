// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: mutual recursion through a table of function values and through top-level references
const parity: Array<(n: number) => boolean> = [];
function evenVia(n: number): boolean {
  return n === 0 ? true : parity[1](n - 1);
}
function oddVia(n: number): boolean {
  return n === 0 ? false : parity[0](n - 1);
}
parity.push(evenVia, oddVia);
console.log(parity[0](10), parity[1](10), parity[0](7), evenVia(1001));
type Expr = { op: string; args: Expr[]; value: number };
const evaluators = new Map<string, (e: Expr) => number>();
function evaluate(e: Expr): number {
  const f = evaluators.get(e.op);
  return f ? f(e) : e.value;
}
function sumArgs(e: Expr): number {
  return e.args.map(evaluate).reduce((a, b) => a + b, 0);
}
function productArgs(e: Expr): number {
  return e.args.map(evaluate).reduce((a, b) => a * b, 1);
}
evaluators.set("+", sumArgs);
evaluators.set("*", productArgs);
evaluators.set("neg", (e) => -evaluate(e.args[0]));
const lit = (n: number): Expr => ({ op: "lit", args: [], value: n });
const node = (op: string, ...args: Expr[]): Expr => ({ op, args, value: 0 });
const expr = node("+", lit(1), node("*", lit(2), lit(3), node("neg", lit(4))), lit(10));
console.log(evaluate(expr), evaluate(lit(5)), evaluate(node("*")));
