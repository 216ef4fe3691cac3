// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: functions stored in variables, arrays, maps and object properties and called later
function hello(name: string): string {
  return "hello " + name;
}
const greet: (n: string) => string = hello;
console.log(greet("x"), greet === hello);
const table = new Map<string, (a: number, b: number) => number>();
table.set("+", (a, b) => a + b);
table.set("-", (a, b) => a - b);
table.set("*", (a, b) => a * b);
table.set("/", (a, b) => a / b);
for (const op of ["+", "-", "*", "/", "%"]) {
  const f = table.get(op);
  console.log(op, f ? f(7, 2) : "missing");
}
const o = { run: hello, twice: (f: (s: string) => string, s: string) => f(f(s)) };
console.log(o.twice(o.run, "y"));
console.log(typeof hello, typeof o.run, typeof table.get("+"));
