// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: writes to a captured parameter are visible to the enclosing function after the call
function run(x: number): number {
  const add = (d: number): void => {
    x += d;
  };
  add(5);
  add(-2);
  return x;
}
console.log(run(10), run(-3));
function accumulate(label: string, ...parts: string[]): string {
  const push = (p: string): void => {
    label = label + "/" + p;
  };
  parts.forEach(push);
  return label;
}
console.log(accumulate("root", "a", "b", "c"));
console.log(accumulate("only"));
