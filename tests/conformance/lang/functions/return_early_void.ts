// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: functions with early returns in loops, nested conditionals and void results
function firstNegative(xs: number[]): number {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < 0) return i;
  }
  return -1;
}
console.log(firstNegative([1, 2, -3, -4]), firstNegative([]), firstNegative([0, -0]));
function classify(n: number): string {
  if (n !== n) return "nan";
  if (n > 0) {
    if (n > 100) return "big";
    return "small";
  }
  return n === 0 ? "zero" : "negative";
}
console.log([NaN, 1, 1000, 0, -5].map(classify).join(" "));
function sideEffect(log: string[]): void {
  log.push("a");
  if (log.length > 1) return;
  log.push("b");
}
const l: string[] = [];
sideEffect(l);
sideEffect(l);
console.log(l.join(""), sideEffect(l));
