// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: nested conditional expressions, right associativity and side effects only on chosen branch
function sign(n: number): string {
  return n > 0 ? "+" : n < 0 ? "-" : n === 0 ? "0" : "nan";
}
console.log([3, -2, 0, NaN].map(sign).join(""));
let count = 0;
function bump(v: string): string {
  count++;
  return v;
}
const r1 = true ? bump("a") : bump("b");
const r2 = count > 5 ? bump("c") : count > 0 ? bump("d") : bump("e");
console.log(r1, r2, count);
const level = (x: number): string => (x < 10 ? (x < 5 ? "low" : "mid") : x < 20 ? "high" : "max");
console.log([1, 7, 15, 30].map(level).join(","));
