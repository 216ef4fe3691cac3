// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: mutually recursive declared functions and recursion over arrays
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(100), isOdd(77), isEven(1));
function flatten(xs: Array<number | number[]>): number[] {
  const out: number[] = [];
  for (const x of xs) {
    if (Array.isArray(x)) out.push(...flatten(x));
    else out.push(x);
  }
  return out;
}
console.log(flatten([1, [2, 3], 4, [], [5]]).join(","));
function permutations(s: string): string[] {
  if (s.length <= 1) return [s];
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (const p of permutations(s.slice(0, i) + s.slice(i + 1))) out.push(s[i] + p);
  }
  return out;
}
console.log(permutations("abc").join(" "), permutations("abcd").length);
