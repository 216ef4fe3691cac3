// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: rest parameters collect trailing arguments into a real array
function sum(...nums: number[]): number {
  let t = 0;
  for (const n of nums) t += n;
  return t;
}
console.log(sum(), sum(1), sum(1, 2, 3, 4.5));
function tag(prefix: string, ...rest: string[]): string {
  return prefix + "[" + rest.length + "]" + rest.join("|");
}
console.log(tag("p"), tag("p", "a"), tag("p", "a", "b", "c"));
const maxOf = (first: number, ...others: number[]): number => {
  others.push(first);
  return Math.max(...others);
};
console.log(maxOf(3), maxOf(3, 9, -1), maxOf(-5, -7));
function restIsArray(...xs: string[]): boolean {
  return Array.isArray(xs);
}
console.log(restIsArray(), restIsArray("a"));
