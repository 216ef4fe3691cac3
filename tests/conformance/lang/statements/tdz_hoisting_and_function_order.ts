// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: function declarations hoisted within blocks, calls before module let declarations after init
console.log(early(3));
function early(n: number): number {
  return n <= 1 ? 1 : n * early(n - 1);
}
const base = 10;
function useBase(): number {
  return base + later;
}
let later = 5;
console.log(useBase());
later = 7;
console.log(useBase());
{
  console.log(inner(2));
  function inner(k: number): string {
    return "inner" + k + base;
  }
}
function outer(flag: boolean): string {
  if (flag) {
    return helper("yes");
  }
  return helper("no");
  function helper(s: string): string {
    return `<${s}>`;
  }
}
console.log(outer(true), outer(false));
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(3));
