// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a JSON-like tokenizer and recursive-descent parser into a discriminated union, with pretty printer and error positions
type Value =
  | { t: "null" }
  | { t: "bool"; v: boolean }
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "arr"; items: Value[] }
  | { t: "obj"; entries: Array<[string, Value]> };
class ParseError extends Error {
  constructor(msg: string, public pos: number) {
    super(msg + " at " + pos);
    this.name = "ParseError";
  }
}
class Reader {
  pos = 0;
  constructor(private s: string) {}
  private ws(): void {
    while (this.pos < this.s.length && " \t\n\r".includes(this.s[this.pos])) this.pos++;
  }
  private peek(): string {
    this.ws();
    return this.s[this.pos] ?? "";
  }
  private expect(c: string): void {
    if (this.peek() !== c) throw new ParseError(`expected '${c}' got '${this.peek() || "EOF"}'`, this.pos);
    this.pos++;
  }
  parseAll(): Value {
    const v = this.value();
    if (this.peek() !== "") throw new ParseError("trailing data", this.pos);
    return v;
  }
  private value(): Value {
    const c = this.peek();
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return { t: "str", v: this.string() };
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    for (const [word, val] of [
      ["true", { t: "bool", v: true }],
      ["false", { t: "bool", v: false }],
      ["null", { t: "null" }],
    ] as Array<[string, Value]>) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return val;
      }
    }
    throw new ParseError(`unexpected '${c || "EOF"}'`, this.pos);
  }
  private number(): Value {
    const start = this.pos;
    if (this.s[this.pos] === "-") this.pos++;
    while (this.pos < this.s.length && /[0-9.eE+-]/.test(this.s[this.pos])) this.pos++;
    const text = this.s.slice(start, this.pos);
    const n = Number(text);
    if (Number.isNaN(n)) throw new ParseError(`bad number '${text}'`, start);
    return { t: "num", v: n };
  }
  private string(): string {
    this.expect('"');
    let out = "";
    for (;;) {
      if (this.pos >= this.s.length) throw new ParseError("unterminated string", this.pos);
      const c = this.s[this.pos++];
      if (c === '"') return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.s[this.pos++];
      switch (e) {
        case "n":
          out += "\n";
          break;
        case "t":
          out += "\t";
          break;
        case "u":
          out += String.fromCharCode(parseInt(this.s.slice(this.pos, this.pos + 4), 16));
          this.pos += 4;
          break;
        default:
          out += e;
      }
    }
  }
  private array(): Value {
    this.expect("[");
    const items: Value[] = [];
    if (this.peek() === "]") {
      this.pos++;
      return { t: "arr", items };
    }
    for (;;) {
      items.push(this.value());
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      this.expect("]");
      return { t: "arr", items };
    }
  }
  private object(): Value {
    this.expect("{");
    const entries: Array<[string, Value]> = [];
    if (this.peek() === "}") {
      this.pos++;
      return { t: "obj", entries };
    }
    do {
      this.ws();
      const k = this.string();
      this.expect(":");
      entries.push([k, this.value()]);
    } while (this.peek() === "," && ++this.pos);
    this.expect("}");
    return { t: "obj", entries };
  }
}
function show(v: Value, indent: string = ""): string {
  const next = indent + "  ";
  switch (v.t) {
    case "null":
      return "null";
    case "bool":
      return v.v ? "true" : "false";
    case "num":
      return String(v.v);
    case "str":
      return JSON.stringify(v.v);
    case "arr":
      if (v.items.length === 0) return "[]";
      return "[\n" + v.items.map((i) => next + show(i, next)).join(",\n") + "\n" + indent + "]";
    case "obj":
      if (v.entries.length === 0) return "{}";
      return "{\n" + v.entries.map(([k, x]) => next + JSON.stringify(k) + ": " + show(x, next)).join(",\n") + "\n" + indent + "}";
  }
}
function count(v: Value): number {
  if (v.t === "arr") return 1 + v.items.reduce((n, i) => n + count(i), 0);
  if (v.t === "obj") return 1 + v.entries.reduce((n, [, x]) => n + count(x), 0);
  return 1;
}
const inputs = [
  '{"name": "tsxen", "version": 1.5, "tags": ["aot", "ts"], "nested": {"ok": true, "none": null, "e": -2.5e3}}',
  '[1, [2, [3, []]], {}, "a\\"b\\n\\u00e9"]',
  "  42  ",
  '{"a": 1,}',
  "[1 2]",
  '"unterminated',
  "tru",
  "-x",
];
for (const src of inputs) {
  try {
    const v = new Reader(src).parseAll();
    console.log(show(v));
    console.log("nodes:", count(v));
  } catch (e) {
    if (e instanceof ParseError) console.log("ParseError:", e.message, "pos", e.pos);
    else throw e;
  }
}
