// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: && || ?? return operand values and evaluate the right side only when needed
const calls: string[] = [];
function t(name: string): boolean {
  calls.push(name);
  return true;
}
function f(name: string): boolean {
  calls.push(name);
  return false;
}
console.log(f("a") && t("b"), t("c") || f("d"), f("e") || t("f"), t("g") && f("h"));
console.log(calls.join(""));
function val(v: number | null | undefined): number | null | undefined {
  return v;
}
console.log(val(0) ?? 1, val(null) ?? 2, val(undefined) ?? val(null) ?? 3, (val(null) || 0) ?? 4);
function id<T>(v: T): T {
  return v;
}
console.log(id(1) && id("x") && id(0) && id("y"), id("") || id(0) || id("z"), !id(0), !id(""), !!id("0"), !id(null));
