// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a symbolic expression class hierarchy with polymorphic eval, simplify, derivative and printing
abstract class Expr {
  abstract eval(env: Map<string, number>): number;
  abstract toString(): string;
  abstract derive(v: string): Expr;
  simplify(): Expr {
    return this;
  }
  get precedence(): number {
    return 100;
  }
  wrap(p: number): string {
    return this.precedence < p ? "(" + this.toString() + ")" : this.toString();
  }
}
class Num extends Expr {
  constructor(readonly value: number) {
    super();
  }
  eval(): number {
    return this.value;
  }
  toString(): string {
    return this.value < 0 ? "(" + this.value + ")" : String(this.value);
  }
  derive(): Expr {
    return new Num(0);
  }
}
class Var extends Expr {
  constructor(readonly name: string) {
    super();
  }
  eval(env: Map<string, number>): number {
    const v = env.get(this.name);
    if (v === undefined) throw new Error("unbound " + this.name);
    return v;
  }
  toString(): string {
    return this.name;
  }
  derive(v: string): Expr {
    return new Num(this.name === v ? 1 : 0);
  }
}
abstract class BinOp extends Expr {
  constructor(readonly l: Expr, readonly r: Expr) {
    super();
  }
  abstract readonly symbol: string;
  abstract apply(a: number, b: number): number;
  abstract rebuild(l: Expr, r: Expr): BinOp;
  eval(env: Map<string, number>): number {
    return this.apply(this.l.eval(env), this.r.eval(env));
  }
  toString(): string {
    return this.l.wrap(this.precedence) + " " + this.symbol + " " + this.r.wrap(this.precedence + 1);
  }
  simplify(): Expr {
    const l = this.l.simplify();
    const r = this.r.simplify();
    if (l instanceof Num && r instanceof Num) return new Num(this.apply(l.value, r.value));
    return this.rebuild(l, r).simplifyLocal();
  }
  simplifyLocal(): Expr {
    return this;
  }
}
class Add extends BinOp {
  readonly symbol = "+";
  get precedence(): number {
    return 1;
  }
  apply(a: number, b: number): number {
    return a + b;
  }
  rebuild(l: Expr, r: Expr): BinOp {
    return new Add(l, r);
  }
  derive(v: string): Expr {
    return new Add(this.l.derive(v), this.r.derive(v));
  }
  simplifyLocal(): Expr {
    if (this.l instanceof Num && this.l.value === 0) return this.r;
    if (this.r instanceof Num && this.r.value === 0) return this.l;
    return this;
  }
}
class Sub extends BinOp {
  readonly symbol = "-";
  get precedence(): number {
    return 1;
  }
  apply(a: number, b: number): number {
    return a - b;
  }
  rebuild(l: Expr, r: Expr): BinOp {
    return new Sub(l, r);
  }
  derive(v: string): Expr {
    return new Sub(this.l.derive(v), this.r.derive(v));
  }
  simplifyLocal(): Expr {
    if (this.r instanceof Num && this.r.value === 0) return this.l;
    return this;
  }
}
class Mul extends BinOp {
  readonly symbol = "*";
  get precedence(): number {
    return 2;
  }
  apply(a: number, b: number): number {
    return a * b;
  }
  rebuild(l: Expr, r: Expr): BinOp {
    return new Mul(l, r);
  }
  derive(v: string): Expr {
    return new Add(new Mul(this.l.derive(v), this.r), new Mul(this.l, this.r.derive(v)));
  }
  simplifyLocal(): Expr {
    for (const [a, b] of [[this.l, this.r], [this.r, this.l]]) {
      if (a instanceof Num && a.value === 0) return new Num(0);
      if (a instanceof Num && a.value === 1) return b;
    }
    return this;
  }
}
class Pow extends BinOp {
  readonly symbol = "^";
  get precedence(): number {
    return 3;
  }
  apply(a: number, b: number): number {
    return a ** b;
  }
  rebuild(l: Expr, r: Expr): BinOp {
    return new Pow(l, r);
  }
  derive(v: string): Expr {
    if (!(this.r instanceof Num)) throw new Error("only constant exponents");
    return new Mul(new Mul(new Num(this.r.value), new Pow(this.l, new Num(this.r.value - 1))), this.l.derive(v));
  }
  simplifyLocal(): Expr {
    if (this.r instanceof Num && this.r.value === 1) return this.l;
    if (this.r instanceof Num && this.r.value === 0) return new Num(1);
    return this;
  }
}
const x = new Var("x");
const y = new Var("y");
const exprs: Expr[] = [
  new Add(new Mul(new Num(3), new Pow(x, new Num(2))), new Sub(new Mul(new Num(2), x), new Num(-5))),
  new Mul(new Add(x, y), new Sub(x, y)),
  new Pow(new Add(x, new Num(1)), new Num(3)),
  new Sub(new Sub(x, y), new Sub(x, y)),
  new Mul(new Num(0), new Add(x, new Var("z"))),
];
const env = new Map<string, number>([
  ["x", 2],
  ["y", -1.5],
]);
for (const e of exprs) {
  console.log("expr:", e.toString());
  try {
    console.log("  value:", e.eval(env));
  } catch (err) {
    console.log("  error:", (err as Error).message);
  }
  console.log("  simplified:", e.simplify().toString());
  const d = e.derive("x").simplify();
  console.log("  d/dx:", d.toString(), "at x=2:", d.eval(new Map([["x", 2], ["y", -1.5], ["z", 0]])));
}
console.log(exprs.filter((e) => e instanceof BinOp).length, exprs.map((e) => e.precedence).join(","));
