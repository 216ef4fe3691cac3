// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// json: a JSON-like recursive-descent parser — generates a document with a
// PRNG, parses it into a class hierarchy (virtual dispatch), folds it and
// serialises it back, checking the round trip.

let seed: number = 12345;
function rand(n: number): number {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

const WORDS: string[] = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];

function genValue(depth: number): string {
  const k: number = depth > 4 ? rand(4) : rand(6);
  if (k === 0) return String(rand(100000));
  if (k === 1) return '"' + WORDS[rand(WORDS.length)] + '_' + rand(1000) + '"';
  if (k === 2) return rand(2) === 0 ? 'true' : 'false';
  if (k === 3) return 'null';
  if (k === 4) {
    const n: number = rand(6);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(genValue(depth + 1));
    return '[' + parts.join(',') + ']';
  }
  const n: number = rand(6);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push('"' + WORDS[rand(WORDS.length)] + i + '":' + genValue(depth + 1));
  return '{' + parts.join(',') + '}';
}

abstract class JsonValue {
  abstract sum(): number;
  abstract count(): number;
  abstract write(out: string[]): void;
}
class JsonNumber extends JsonValue {
  constructor(public value: number) { super(); }
  sum(): number { return this.value; }
  count(): number { return 1; }
  write(out: string[]): void { out.push(String(this.value)); }
}
class JsonString extends JsonValue {
  constructor(public value: string) { super(); }
  sum(): number { return this.value.length; }
  count(): number { return 1; }
  write(out: string[]): void { out.push('"' + this.value + '"'); }
}
class JsonBool extends JsonValue {
  constructor(public value: boolean) { super(); }
  sum(): number { return this.value ? 1 : 0; }
  count(): number { return 1; }
  write(out: string[]): void { out.push(this.value ? 'true' : 'false'); }
}
class JsonNull extends JsonValue {
  sum(): number { return 0; }
  count(): number { return 1; }
  write(out: string[]): void { out.push('null'); }
}
class JsonArray extends JsonValue {
  items: JsonValue[] = [];
  sum(): number {
    let s: number = 0;
    for (const v of this.items) s += v.sum();
    return s;
  }
  count(): number {
    let c: number = 1;
    for (const v of this.items) c += v.count();
    return c;
  }
  write(out: string[]): void {
    out.push('[');
    for (let i = 0; i < this.items.length; i++) {
      if (i > 0) out.push(',');
      this.items[i].write(out);
    }
    out.push(']');
  }
}
class JsonObject extends JsonValue {
  keys: string[] = [];
  values: JsonValue[] = [];
  sum(): number {
    let s: number = 0;
    for (let i = 0; i < this.keys.length; i++) s += this.keys[i].length + this.values[i].sum();
    return s;
  }
  count(): number {
    let c: number = 1;
    for (const v of this.values) c += v.count();
    return c;
  }
  write(out: string[]): void {
    out.push('{');
    for (let i = 0; i < this.keys.length; i++) {
      if (i > 0) out.push(',');
      out.push('"' + this.keys[i] + '":');
      this.values[i].write(out);
    }
    out.push('}');
  }
}

class Parser {
  pos: number = 0;
  constructor(public text: string) {}

  fail(what: string): never {
    throw new Error('parse error at ' + this.pos + ': ' + what);
  }
  expect(c: number): void {
    if (this.text.charCodeAt(this.pos) !== c) this.fail('expected ' + String.fromCharCode(c));
    this.pos++;
  }
  parseString(): string {
    this.expect(34);
    const start: number = this.pos;
    while (this.text.charCodeAt(this.pos) !== 34) this.pos++;
    const s: string = this.text.slice(start, this.pos);
    this.pos++;
    return s;
  }
  parseValue(): JsonValue {
    const c: number = this.text.charCodeAt(this.pos);
    if (c === 123) {
      const obj: JsonObject = new JsonObject();
      this.pos++;
      if (this.text.charCodeAt(this.pos) === 125) {
        this.pos++;
        return obj;
      }
      while (true) {
        obj.keys.push(this.parseString());
        this.expect(58);
        obj.values.push(this.parseValue());
        if (this.text.charCodeAt(this.pos) === 44) this.pos++;
        else break;
      }
      this.expect(125);
      return obj;
    }
    if (c === 91) {
      const arr: JsonArray = new JsonArray();
      this.pos++;
      if (this.text.charCodeAt(this.pos) === 93) {
        this.pos++;
        return arr;
      }
      while (true) {
        arr.items.push(this.parseValue());
        if (this.text.charCodeAt(this.pos) === 44) this.pos++;
        else break;
      }
      this.expect(93);
      return arr;
    }
    if (c === 34) return new JsonString(this.parseString());
    if (c === 116) {
      this.pos += 4;
      return new JsonBool(true);
    }
    if (c === 102) {
      this.pos += 5;
      return new JsonBool(false);
    }
    if (c === 110) {
      this.pos += 4;
      return new JsonNull();
    }
    let n: number = 0;
    let d: number = this.text.charCodeAt(this.pos);
    if (d < 48 || d > 57) this.fail('unexpected character');
    while (d >= 48 && d <= 57) {
      n = n * 10 + (d - 48);
      this.pos++;
      d = this.text.charCodeAt(this.pos);
    }
    return new JsonNumber(n);
  }
}

const docs: string[] = [];
let totalLength: number = 0;
while (totalLength < 200000) {
  const d: string = genValue(0);
  docs.push(d);
  totalLength += d.length;
}
const ROUNDS: number = 100;
let sum: number = 0;
let nodes: number = 0;
let roundTrips: number = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const text of docs) {
    const v: JsonValue = new Parser(text).parseValue();
    sum += v.sum();
    nodes += v.count();
    const out: string[] = [];
    v.write(out);
    if (out.join('') === text) roundTrips++;
  }
}
console.log('json docs:', docs.length, 'chars:', totalLength, 'nodes:', nodes, 'sum:', sum, 'round trips:', roundTrips);
