// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a hand-written tokenizer and recursive-descent calculator with variables, functions, precedence and error reporting
type TokKind = "num" | "ident" | "op" | "lparen" | "rparen" | "comma" | "eof";
interface Token { kind: TokKind; text: string; pos: number; value: number }

function isDigit(c: string): boolean { return c >= "0" && c <= "9"; }
function isAlpha(c: string): boolean { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_"; }

function tokenize(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") { i++; continue; }
    const start = i;
    if (isDigit(c) || (c === "." && i + 1 < src.length && isDigit(src[i + 1]))) {
      while (i < src.length && isDigit(src[i])) i++;
      if (i < src.length && src[i] === ".") {
        i++;
        while (i < src.length && isDigit(src[i])) i++;
      }
      const text = src.slice(start, i);
      toks.push({ kind: "num", text, pos: start, value: parseFloat(text) });
    } else if (isAlpha(c)) {
      while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
      toks.push({ kind: "ident", text: src.slice(start, i), pos: start, value: 0 });
    } else if (c === "*" && src[i + 1] === "*") {
      toks.push({ kind: "op", text: "**", pos: start, value: 0 });
      i += 2;
    } else if ("+-*/%=".includes(c)) {
      toks.push({ kind: "op", text: c, pos: start, value: 0 });
      i++;
    } else if (c === "(" || c === ")" || c === ",") {
      toks.push({ kind: c === "(" ? "lparen" : c === ")" ? "rparen" : "comma", text: c, pos: start, value: 0 });
      i++;
    } else {
      throw new Error(`unexpected character '${c}' at ${i}`);
    }
  }
  toks.push({ kind: "eof", text: "<eof>", pos: src.length, value: 0 });
  return toks;
}

const fns: Record<string, (args: number[]) => number> = {
  max: (a) => Math.max(...a),
  min: (a) => Math.min(...a),
  abs: (a) => Math.abs(a[0]),
  sqrt: (a) => Math.sqrt(a[0]),
  sum: (a) => a.reduce((x, y) => x + y, 0),
  avg: (a) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0),
};
const fnArity: Record<string, number> = { abs: 1, sqrt: 1 };

class Parser {
  private p = 0;
  constructor(private toks: Token[], private vars: Record<string, number>) {}
  private peek(): Token { return this.toks[this.p]; }
  private next(): Token { return this.toks[this.p++]; }
  private expect(kind: TokKind, what: string): Token {
    const t = this.next();
    if (t.kind !== kind) throw new Error(`expected ${what} at ${t.pos}, got '${t.text}'`);
    return t;
  }
  statement(): number {
    const t = this.peek();
    if (t.kind === "ident" && this.toks[this.p + 1].text === "=") {
      this.p += 2;
      const v = this.expr();
      this.vars[t.text] = v;
      this.expect("eof", "end of input");
      return v;
    }
    const v = this.expr();
    this.expect("eof", "end of input");
    return v;
  }
  // expr := term (('+'|'-') term)*
  private expr(): number {
    let v = this.term();
    while (this.peek().text === "+" || this.peek().text === "-") {
      const op = this.next().text;
      const r = this.term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  // term := unary (('*'|'/'|'%') unary)*
  private term(): number {
    let v = this.unary();
    for (;;) {
      const op = this.peek().text;
      if (op !== "*" && op !== "/" && op !== "%") return v;
      this.next();
      const r = this.unary();
      if ((op === "/" || op === "%") && r === 0) throw new Error("division by zero");
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
  }
  // unary := '-' unary | power
  private unary(): number {
    if (this.peek().text === "-") { this.next(); return -this.unary(); }
    if (this.peek().text === "+") { this.next(); return this.unary(); }
    return this.power();
  }
  // power := primary ('**' unary)?   (right associative)
  private power(): number {
    const base = this.primary();
    if (this.peek().text === "**") { this.next(); return base ** this.unary(); }
    return base;
  }
  private primary(): number {
    const t = this.next();
    if (t.kind === "num") return t.value;
    if (t.kind === "lparen") {
      const v = this.expr();
      this.expect("rparen", "')'");
      return v;
    }
    if (t.kind === "ident") {
      if (this.peek().kind === "lparen") {
        this.next();
        const args: number[] = [];
        if (this.peek().kind !== "rparen") {
          args.push(this.expr());
          while (this.peek().kind === "comma") { this.next(); args.push(this.expr()); }
        }
        this.expect("rparen", "')'");
        if (!(t.text in fns)) throw new Error(`unknown function ${t.text}`);
        const want = t.text in fnArity ? fnArity[t.text] : -1;
        if (want >= 0 && want !== args.length) throw new Error(`${t.text} takes ${want} argument(s), got ${args.length}`);
        return fns[t.text](args);
      }
      if (t.text in this.vars) return this.vars[t.text];
      throw new Error(`unknown variable ${t.text}`);
    }
    throw new Error(`unexpected '${t.text}' at ${t.pos}`);
  }
}

const env: Record<string, number> = { pi: 3.14159 };
function run(line: string): string {
  try {
    const v = new Parser(tokenize(line), env).statement();
    return `${line} => ${Number.isInteger(v) ? v : v.toFixed(6)}`;
  } catch (e) {
    return `${line} => error: ${(e as Error).message}`;
  }
}
const lines = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "2 ** 3 ** 2",
  "-2 ** 2",
  "10 % 4 - -3",
  "x = 4",
  "y = x * x + .5",
  "x + y",
  "max(1, x, y, 3) - min(7, 2)",
  "sqrt(16) + abs(-3.5)",
  "avg(1, 2, 3, 4) + sum()",
  "area = pi * 2 ** 2",
  "1 / 0",
  "3 +",
  "foo(1)",
  "abs(1, 2)",
  "z * 2",
  "2 $ 3",
  "((4)",
  "1 2",
  "   7   ",
];
for (const l of lines) console.log(run(l));
console.log(env);
console.log(tokenize("a1=(b+2.50)**c").map((t) => `${t.kind}:${t.text}@${t.pos}`).join(" "));
