// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: pow and ** with the IEEE special cases: NaN exponents, 1 to infinity, signed zero bases, negative bases with fractional exponents
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const bases: number[] = [0, -0, 1, -1, 2, -2, 0.5, -0.5, Infinity, -Infinity, NaN];
const exps: number[] = [0, -0, 1, -1, 2, 3, -3, 0.5, -0.5, Infinity, -Infinity, NaN];
for (const b of bases) {
  const row: string[] = [];
  for (const e of exps) {
    const r = Math.pow(b, e);
    row.push(isNegZero(r) ? "-0" : String(r));
  }
  console.log(b, row.join(" "));
}
console.log((-8) ** (1 / 3), Math.cbrt(-8), 2 ** 0.5, 10 ** -1, 10 ** 21, 10 ** 22, 10 ** -7, 2 ** 1024, 2 ** -1074, 2 ** -1075);
console.log(1.0000001 ** 1e7, 0.1 ** 2, 3 ** 40, 7 ** 19, (-3) ** 33, 1.5 ** 100);
