// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: switch over enum members with a never-typed default check
enum Op {
  Add,
  Sub,
  Mul,
  Div,
}
function apply(op: Op, a: number, b: number): number {
  switch (op) {
    case Op.Add:
      return a + b;
    case Op.Sub:
      return a - b;
    case Op.Mul:
      return a * b;
    case Op.Div:
      return a / b;
    default: {
      const never: never = op;
      return never;
    }
  }
}
const ops = [Op.Add, Op.Sub, Op.Mul, Op.Div];
console.log(ops.map((o) => Op[o] + "=" + apply(o, 7, 2)).join(" "));
