// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: function declarations are hoisted within their scope, including nested ones
console.log(early(3));
function early(n: number): number {
  return helper(n) + 1;
}
function helper(n: number): number {
  return n * 10;
}
function outer(): string {
  const r = inner();
  function inner(): string {
    return "inner-" + deeper();
    function deeper(): string {
      return "deeper";
    }
  }
  return r;
}
console.log(outer());
