// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: optional parameters are undefined when omitted and can be tested explicitly
function describe(name: string, age?: number, title?: string): string {
  let s = name;
  if (title !== undefined) s = title + " " + s;
  if (age === undefined) s += " (age unknown)";
  else s += " (" + age + ")";
  return s;
}
console.log(describe("Ann"));
console.log(describe("Bob", 0));
console.log(describe("Cy", undefined, "Dr"));
console.log(describe("Di", 41, ""));
function count(...xs: Array<number | undefined>): number {
  let n = 0;
  for (const x of xs) if (x === undefined) n++;
  return n;
}
console.log(count(), count(undefined, 1, undefined), count(0, NaN));
