// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language with variables, if and while
type Tok =
  | { kind: "num"; value: number }
  | { kind: "id"; name: string }
  | { kind: "op"; op: string }
  | { kind: "kw"; word: string }
  | { kind: "eof" };

const KEYWORDS = new Set(["let", "if", "else", "while", "print"]);

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\n" || c === "\t") {
      i++;
    } else if (c >= "0" && c <= "9") {
      let j = i;
      while (j < src.length && ((src[j] >= "0" && src[j] <= "9") || src[j] === ".")) j++;
      out.push({ kind: "num", value: parseFloat(src.slice(i, j)) });
      i = j;
    } else if (/[a-z_]/i.test(c)) {
      let j = i;
      while (j < src.length && /[a-z_0-9]/i.test(src[j])) j++;
      const w = src.slice(i, j);
      out.push(KEYWORDS.has(w) ? { kind: "kw", word: w } : { kind: "id", name: w });
      i = j;
    } else {
      const two = src.slice(i, i + 2);
      if (["==", "!=", "<=", ">="].includes(two)) {
        out.push({ kind: "op", op: two });
        i += 2;
      } else if ("+-*/%<>=(){};".includes(c)) {
        out.push({ kind: "op", op: c });
        i++;
      } else {
        throw new SyntaxError("bad char " + c + " at " + i);
      }
    }
  }
  out.push({ kind: "eof" });
  return out;
}

type Expr =
  | { t: "num"; v: number }
  | { t: "var"; name: string }
  | { t: "bin"; op: string; l: Expr; r: Expr }
  | { t: "neg"; e: Expr };
type Stmt =
  | { t: "let"; name: string; e: Expr }
  | { t: "assign"; name: string; e: Expr }
  | { t: "print"; e: Expr }
  | { t: "if"; cond: Expr; then: Stmt[]; els: Stmt[] }
  | { t: "while"; cond: Expr; body: Stmt[] };

class Parser {
  private pos = 0;
  constructor(private toks: Tok[]) {}
  private peek(): Tok {
    return this.toks[this.pos];
  }
  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.op === op;
  }
  private isKw(w: string): boolean {
    const t = this.peek();
    return t.kind === "kw" && t.word === w;
  }
  private expectOp(op: string): void {
    if (!this.isOp(op)) throw new SyntaxError("expected " + op + " at token " + this.pos);
    this.pos++;
  }
  program(): Stmt[] {
    const out: Stmt[] = [];
    while (this.peek().kind !== "eof") out.push(this.stmt());
    return out;
  }
  private block(): Stmt[] {
    this.expectOp("{");
    const out: Stmt[] = [];
    while (!this.isOp("}")) out.push(this.stmt());
    this.expectOp("}");
    return out;
  }
  private stmt(): Stmt {
    const t = this.peek();
    if (t.kind === "kw") {
      this.pos++;
      if (t.word === "let" || t.word === "print") {
        if (t.word === "print") {
          const e = this.expr();
          this.expectOp(";");
          return { t: "print", e };
        }
        const id = this.peek();
        if (id.kind !== "id") throw new SyntaxError("expected name");
        this.pos++;
        this.expectOp("=");
        const e = this.expr();
        this.expectOp(";");
        return { t: "let", name: id.name, e };
      }
      if (t.word === "if") {
        const cond = this.expr();
        const then = this.block();
        let els: Stmt[] = [];
        if (this.isKw("else")) {
          this.pos++;
          els = this.block();
        }
        return { t: "if", cond, then, els };
      }
      if (t.word === "while") {
        const cond = this.expr();
        return { t: "while", cond, body: this.block() };
      }
      throw new SyntaxError("unexpected keyword " + t.word);
    }
    if (t.kind === "id") {
      this.pos++;
      this.expectOp("=");
      const e = this.expr();
      this.expectOp(";");
      return { t: "assign", name: t.name, e };
    }
    throw new SyntaxError("unexpected token at " + this.pos);
  }
  private expr(): Expr {
    return this.binary(0);
  }
  private static PREC: string[][] = [["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];
  private binary(level: number): Expr {
    if (level >= Parser.PREC.length) return this.unary();
    let l = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind === "op" && Parser.PREC[level].includes(t.op)) {
        this.pos++;
        l = { t: "bin", op: t.op, l, r: this.binary(level + 1) };
      } else return l;
    }
  }
  private unary(): Expr {
    const t = this.peek();
    if (t.kind === "op" && t.op === "-") {
      this.pos++;
      return { t: "neg", e: this.unary() };
    }
    if (t.kind === "op" && t.op === "(") {
      this.pos++;
      const e = this.expr();
      this.expectOp(")");
      return e;
    }
    this.pos++;
    if (t.kind === "num") return { t: "num", v: t.value };
    if (t.kind === "id") return { t: "var", name: t.name };
    throw new SyntaxError("unexpected token in expression");
  }
}

class Interp {
  vars = new Map<string, number>();
  output: string[] = [];
  steps = 0;
  eval(e: Expr): number {
    switch (e.t) {
      case "num":
        return e.v;
      case "var": {
        const v = this.vars.get(e.name);
        if (v === undefined) throw new ReferenceError("undefined variable " + e.name);
        return v;
      }
      case "neg":
        return -this.eval(e.e);
      case "bin": {
        const a = this.eval(e.l);
        const b = this.eval(e.r);
        switch (e.op) {
          case "+": return a + b;
          case "-": return a - b;
          case "*": return a * b;
          case "/": return a / b;
          case "%": return a % b;
          case "<": return a < b ? 1 : 0;
          case ">": return a > b ? 1 : 0;
          case "<=": return a <= b ? 1 : 0;
          case ">=": return a >= b ? 1 : 0;
          case "==": return a === b ? 1 : 0;
          default: return a !== b ? 1 : 0;
        }
      }
    }
  }
  run(stmts: Stmt[]): void {
    for (const s of stmts) {
      this.steps++;
      switch (s.t) {
        case "let":
        case "assign":
          this.vars.set(s.name, this.eval(s.e));
          break;
        case "print":
          this.output.push(String(this.eval(s.e)));
          break;
        case "if":
          this.run(this.eval(s.cond) !== 0 ? s.then : s.els);
          break;
        case "while":
          while (this.eval(s.cond) !== 0) this.run(s.body);
          break;
      }
    }
  }
}

const programs = [
  "let x = 1 + 2 * 3; print x; print (1 + 2) * 3; print -x % 4;",
  "let n = 10; let a = 0; let b = 1; while n > 0 { let t = a + b; a = b; b = t; n = n - 1; } print a;",
  "let i = 1; let s = 0; while i <= 100 { if i % 3 == 0 { s = s + i; } else { if i % 5 == 0 { s = s + i; } } i = i + 1; } print s;",
  "let p = 2; let count = 0; while p < 50 { let d = 2; let prime = 1; while d * d <= p { if p % d == 0 { prime = 0; } d = d + 1; } if prime { count = count + 1; } p = p + 1; } print count; print 1 / 0; print 7 / 2;",
  "print y;",
  "let = 5;",
  "let z = 3 # 4;",
];
for (const src of programs) {
  try {
    const it = new Interp();
    it.run(new Parser(tokenize(src)).program());
    console.log("ok:", it.output.join(" "), "steps", it.steps);
  } catch (e) {
    const err = e as Error;
    console.log("error:", err.name, err.message);
  }
}
