// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: arrow functions with expression bodies, block bodies, object literal bodies and void returns
const square = (x: number) => x * x;
const obj = (x: number) => ({ x, double: x * 2 });
const block = (x: number): string => {
  if (x < 0) return "neg";
  return "nonneg";
};
const noReturn = (x: number): void => {
  x + 1;
};
console.log(square(7), obj(4).double, obj(4).x, block(-1), block(0));
console.log(noReturn(1) === undefined);
const nested = (a: number) => (b: number) => ({ sum: a + b, prod: a * b });
const r = nested(3)(4);
console.log(r.sum, r.prod);
const noArgs = () => "none";
console.log(noArgs());
