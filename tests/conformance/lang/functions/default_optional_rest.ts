// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// default, optional and rest parameters, including defaults that refer to earlier parameters
function greet(name: string, greeting: string = "Hello", punct?: string): string {
  return greeting + ", " + name + (punct ?? ".");
}
console.log(greet("Ada"), greet("Ada", "Hi"), greet("Ada", undefined, "!"), greet("Ada", "Yo", "?"));
function range(start: number, end: number = start + 5, step: number = 1): string {
  let s: string = "";
  for (let i = start; i < end; i += step) s += i + " ";
  return s;
}
console.log(range(1), range(1, 4), range(0, 10, 3));
function sum(...xs: number[]): number {
  let t: number = 0;
  for (const x of xs) t += x;
  return t;
}
console.log(sum(), sum(1), sum(1, 2, 3, 4.5));
function tagged(tag: string, ...rest: (string | number)[]): string {
  return tag + ":" + rest.length + ":" + rest.join("|");
}
console.log(tagged("t"), tagged("t", 1, "two", 3));
let evaluated: number = 0;
function lazy(x: number = ++evaluated): number {
  return x;
}
console.log(lazy(5), lazy(), lazy(), evaluated);
