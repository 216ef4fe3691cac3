// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: expression interpreter with a tokenizer, recursive-descent parser, a class per AST node and string/number visitors
interface Visitor<R> {
  num(n: Num): R;
  vari(v: Var): R;
  bin(b: Bin): R;
  neg(n: Neg): R;
  let_(l: Let): R;
  cond(c: Cond): R;
}
abstract class AstNode {
  abstract accept(v: Visitor<string>): string;
  abstract calc(v: Visitor<number>): number;
}
class Num extends AstNode {
  constructor(readonly value: number) { super(); }
  accept(v: Visitor<string>): string { return v.num(this); }
  calc(v: Visitor<number>): number { return v.num(this); }
}
class Var extends AstNode {
  constructor(readonly name: string) { super(); }
  accept(v: Visitor<string>): string { return v.vari(this); }
  calc(v: Visitor<number>): number { return v.vari(this); }
}
class Bin extends AstNode {
  constructor(readonly op: string, readonly left: AstNode, readonly right: AstNode) { super(); }
  accept(v: Visitor<string>): string { return v.bin(this); }
  calc(v: Visitor<number>): number { return v.bin(this); }
}
class Neg extends AstNode {
  constructor(readonly operand: AstNode) { super(); }
  accept(v: Visitor<string>): string { return v.neg(this); }
  calc(v: Visitor<number>): number { return v.neg(this); }
}
class Let extends AstNode {
  constructor(readonly name: string, readonly init: AstNode, readonly body: AstNode) { super(); }
  accept(v: Visitor<string>): string { return v.let_(this); }
  calc(v: Visitor<number>): number { return v.let_(this); }
}
class Cond extends AstNode {
  constructor(readonly test: AstNode, readonly yes: AstNode, readonly no: AstNode) { super(); }
  accept(v: Visitor<string>): string { return v.cond(this); }
  calc(v: Visitor<number>): number { return v.cond(this); }
}
class ParseError extends Error {
  constructor(msg: string, readonly pos: number) {
    super(`${msg} at ${pos}`);
    this.name = "ParseError";
  }
}
class EvalError2 extends Error {
  constructor(msg: string) {
    super(msg);
    this.name = "EvalError2";
  }
}
function tokenize(src: string): string[] {
  const toks: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") { i++; continue; }
    if (c >= "0" && c <= "9") {
      let j = i;
      while (j < src.length && ((src[j] >= "0" && src[j] <= "9") || src[j] === ".")) j++;
      toks.push(src.slice(i, j));
      i = j;
    } else if ((c >= "a" && c <= "z") || c === "_") {
      let j = i;
      while (j < src.length && ((src[j] >= "a" && src[j] <= "z") || src[j] === "_")) j++;
      toks.push(src.slice(i, j));
      i = j;
    } else if ("+-*/%()=?:<".includes(c)) {
      toks.push(c);
      i++;
    } else {
      throw new ParseError(`bad char '${c}'`, i);
    }
  }
  return toks;
}
class Parser {
  private pos = 0;
  constructor(private toks: string[]) {}
  private peek(): string { return this.pos < this.toks.length ? this.toks[this.pos] : "<eof>"; }
  private next(): string {
    const t = this.peek();
    this.pos++;
    return t;
  }
  private expect(t: string): void {
    const got = this.next();
    if (got !== t) throw new ParseError(`expected '${t}' got '${got}'`, this.pos - 1);
  }
  parse(): AstNode {
    const e = this.expr();
    if (this.peek() !== "<eof>") throw new ParseError(`trailing '${this.peek()}'`, this.pos);
    return e;
  }
  private expr(): AstNode {
    if (this.peek() === "let") {
      this.next();
      const name = this.next();
      this.expect("=");
      const init = this.expr();
      this.expect("in");
      return new Let(name, init, this.expr());
    }
    const t = this.cmp();
    if (this.peek() === "?") {
      this.next();
      const a = this.expr();
      this.expect(":");
      return new Cond(t, a, this.expr());
    }
    return t;
  }
  private cmp(): AstNode {
    let l = this.sum();
    while (this.peek() === "<") { this.next(); l = new Bin("<", l, this.sum()); }
    return l;
  }
  private sum(): AstNode {
    let l = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.next();
      l = new Bin(op, l, this.term());
    }
    return l;
  }
  private term(): AstNode {
    let l = this.unary();
    while (this.peek() === "*" || this.peek() === "/" || this.peek() === "%") {
      const op = this.next();
      l = new Bin(op, l, this.unary());
    }
    return l;
  }
  private unary(): AstNode {
    if (this.peek() === "-") { this.next(); return new Neg(this.unary()); }
    return this.atom();
  }
  private atom(): AstNode {
    const t = this.next();
    if (t === "(") {
      const e = this.expr();
      this.expect(")");
      return e;
    }
    if (t >= "0" && t <= "9" || t[0] >= "0" && t[0] <= "9") return new Num(parseFloat(t));
    if (t !== "<eof>" && t[0] >= "a" && t[0] <= "z") return new Var(t);
    throw new ParseError(`unexpected '${t}'`, this.pos - 1);
  }
}
class Printer implements Visitor<string> {
  num(n: Num): string { return String(n.value); }
  vari(v: Var): string { return v.name; }
  bin(b: Bin): string { return `(${b.left.accept(this)} ${b.op} ${b.right.accept(this)})`; }
  neg(n: Neg): string { return `-${n.operand.accept(this)}`; }
  let_(l: Let): string { return `let ${l.name} = ${l.init.accept(this)} in ${l.body.accept(this)}`; }
  cond(c: Cond): string { return `(${c.test.accept(this)} ? ${c.yes.accept(this)} : ${c.no.accept(this)})`; }
}
class Evaluator implements Visitor<number> {
  steps = 0;
  private scopes: Map<string, number>[] = [new Map<string, number>([["pi", 3.14159]])];
  private lookup(name: string): number {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i].get(name);
      if (v !== undefined) return v;
    }
    throw new EvalError2(`unbound ${name}`);
  }
  num(n: Num): number { this.steps++; return n.value; }
  vari(v: Var): number { this.steps++; return this.lookup(v.name); }
  bin(b: Bin): number {
    this.steps++;
    const l = b.left.calc(this);
    const r = b.right.calc(this);
    switch (b.op) {
      case "+": return l + r;
      case "-": return l - r;
      case "*": return l * r;
      case "/":
        if (r === 0) throw new EvalError2("division by zero");
        return l / r;
      case "%": return l % r;
      case "<": return l < r ? 1 : 0;
      default: throw new EvalError2("op " + b.op);
    }
  }
  neg(n: Neg): number { this.steps++; return -n.operand.calc(this); }
  let_(l: Let): number {
    this.steps++;
    const v = l.init.calc(this);
    this.scopes.push(new Map<string, number>([[l.name, v]]));
    try {
      return l.body.calc(this);
    } finally {
      this.scopes.pop();
    }
  }
  cond(c: Cond): number {
    this.steps++;
    return c.test.calc(this) !== 0 ? c.yes.calc(this) : c.no.calc(this);
  }
  depth(): number { return this.scopes.length; }
}
class Counter implements Visitor<number> {
  num(_n: Num): number { return 1; }
  vari(_v: Var): number { return 1; }
  bin(b: Bin): number { return 1 + b.left.calc(this) + b.right.calc(this); }
  neg(n: Neg): number { return 1 + n.operand.calc(this); }
  let_(l: Let): number { return 1 + l.init.calc(this) + l.body.calc(this); }
  cond(c: Cond): number { return 1 + c.test.calc(this) + c.yes.calc(this) + c.no.calc(this); }
}
const programs = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "-2 * -(3 - 5)",
  "10 % 4 - 7 / 2",
  "let x = 5 in x * x + 1",
  "let x = 2 in let y = x * 10 in let x = y + 1 in x + y",
  "3 < 4 ? 100 : 200",
  "let r = 2 in pi * r * r",
  "1 / (2 - 2)",
  "let a = 1 in a + b",
  "1 + ",
  "(1 + 2",
  "2 $ 3",
  "1 2",
  "let n = 7 in n < 5 ? n : n < 10 ? n * 2 : n * 3",
];
const printer = new Printer();
const counter = new Counter();
for (const src of programs) {
  const ev = new Evaluator();
  try {
    const ast = new Parser(tokenize(src)).parse();
    const shown = ast.accept(printer);
    const size = ast.calc(counter);
    const kind = ast instanceof Bin ? "bin:" + ast.op : ast instanceof Let ? "let:" + ast.name : ast instanceof Cond ? "cond" : "other";
    const value = ast.calc(ev);
    console.log(`${src} => ${shown} = ${value} [nodes=${size} steps=${ev.steps} ${kind}]`);
  } catch (e) {
    if (e instanceof ParseError) console.log(`${src} => parse error: ${e.message} (pos ${e.pos})`);
    else if (e instanceof EvalError2) console.log(`${src} => eval error: ${e.message} after ${ev.steps} steps, depth ${ev.depth()}`);
    else throw e;
  }
}
