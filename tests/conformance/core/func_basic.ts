// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// function declarations with typed parameters and return types, early returns, void functions
function add(a: number, b: number): number {
  return a + b;
}
function greet(name: string, excited: boolean): string {
  if (excited) {
    return "Hello, " + name + "!";
  }
  return "Hello, " + name + ".";
}
function describe(n: number, unit: string, plural: boolean): void {
  if (n === 1 || !plural) {
    console.log(n + " " + unit);
    return;
  }
  console.log(n + " " + unit + "s");
}
function sign(x: number): number {
  if (x > 0) return 1;
  if (x < 0) return -1;
  return x;
}
function noop(): void {}
console.log(add(2, 3), add(0.1, 0.2), add(-0, -0), add(1e308, 1e308));
console.log(greet("Ada", true), greet("Alan", false));
describe(1, "apple", true);
describe(3, "apple", true);
describe(3, "sheep", false);
console.log(sign(5), sign(-5), sign(0), sign(-0), sign(0 / 0));
noop();
console.log(add(add(1, 2), add(3, add(4, 5))));
function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}
let vowels: number = 0;
for (let c = 97; c <= 122; c++) if (isVowelCode(c)) vowels++;
console.log("vowels", vowels);
function manyParams(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): number {
  return a - b + c - d + e - f + g - h;
}
console.log(manyParams(1, 2, 3, 4, 5, 6, 7, 8));
