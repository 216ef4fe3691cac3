// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: discriminant of union type number|string|null, strict equality (no coercion), enums and -0/NaN
enum Op { Add, Sub, Mul = 10, Neg = 20 }
function apply(op: Op, a: number, b: number): number {
  switch (op) {
    case Op.Add: return a + b;
    case Op.Sub: return a - b;
    case Op.Mul: return a * b;
    case Op.Neg: return -a;
  }
}
console.log(apply(Op.Add, 2, 3), apply(Op.Sub, 2, 3), apply(Op.Mul, 2, 3), apply(Op.Neg, 2, 3));
function what(v: number | string | null | undefined): string {
  switch (v) {
    case 1: return "number one";
    case "1": return "string one";
    case null: return "null";
    case undefined: return "undefined";
    case 0: return "zero";
    case "": return "empty";
    default: return "other:" + String(v);
  }
}
const vs: (number | string | null | undefined)[] = [1, "1", null, undefined, 0, -0, "", "0", NaN, 2];
for (const v of vs) console.log(String(v), "->", what(v));
function nanSwitch(x: number): string {
  switch (x) {
    case NaN: return "matched NaN";
    default: return "NaN never matches";
  }
}
console.log(nanSwitch(NaN));
