// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// binary operands are evaluated left to right, observed through printing calls
function t(label: string, v: number): number {
  console.log("eval", label);
  return v;
}
function s(label: string, v: string): string {
  console.log("eval", label);
  return v;
}
console.log(t("a", 1) + t("b", 2) * t("c", 3));
console.log(t("d", 10) - t("e", 4) - t("f", 1));
console.log(t("g", 2) ** t("h", 3) ** t("i", 2));
console.log(t("j", 1) < t("k", 2), t("l", 5) === t("m", 5));
console.log(s("n", "x") + t("o", 1) + s("p", "y"));
console.log((t("q", 6) | t("r", 1)) & t("s", 3));
console.log(t("u", 1) > 0 ? t("v", 2) : t("w", 3));
console.log(-t("x", 4) + ~t("y", 5));
function add3(a: number, b: number, c: number): number {
  console.log("call add3");
  return a + b + c;
}
console.log(add3(t("arg1", 1), t("arg2", 2), t("arg3", 3)));
console.log(add3(t("outer1", 1), add3(t("inner1", 10), t("inner2", 20), t("inner3", 30)), t("outer3", 3)));
