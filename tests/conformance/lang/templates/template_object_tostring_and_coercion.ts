// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: substitutions of class instances use toString, arrays join, evaluation order and side effects of substitutions
class Money {
  constructor(readonly cents: number, readonly cur: string) {}
  toString(): string {
    const sign = this.cents < 0 ? "-" : "";
    const abs = Math.abs(this.cents);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")} ${this.cur}`;
  }
}
class Pair {
  constructor(readonly a: Money, readonly b: Money) {}
  toString(): string {
    return `<${this.a} & ${this.b}>`;
  }
}
const m1 = new Money(12345, "EUR");
const m2 = new Money(-7, "USD");
console.log(`total: ${m1}`, `neg: ${m2}`);
console.log(`${new Pair(m1, m2)}`);
console.log(`${[m1, m2]}`, `${[[1, 2], [3]]}`, `[${[] as number[]}]`);
console.log("concat " + m1 + " / " + new Pair(m2, m2));
const order: string[] = [];
function mark(s: string): string {
  order.push(s);
  return s;
}
const out = `${mark("a")}${`${mark("b")}${mark("c")}`}${mark("d")}`;
console.log(out, order.join(""));
let n = 1;
console.log(`${n} ${n *= 2} ${n} ${n += n} ${n}`);
const cond = (x: number): string => `${x}${x === 1 ? "st" : x === 2 ? "nd" : x === 3 ? "rd" : "th"}`;
console.log([1, 2, 3, 4, 11].map(cond).join(" "));
const lines = [1, 2, 3].map((i) => `${"  ".repeat(i)}${i}:${"*".repeat(i * 2)}`);
console.log(lines.join("\n"));
console.log(`${"x".toUpperCase()}${"abc".slice(1)}${"a-b-c".split("-").reverse().join("")}`.length);
