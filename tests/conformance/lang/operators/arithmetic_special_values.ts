// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: % with negative and fractional operands, -0 propagation, division by zero, ** edge cases, negative zero
const isNegZero = (n: number): boolean => n === 0 && 1 / n < 0;
const pairs: [number, number][] = [[5, 3], [-5, 3], [5, -3], [-5, -3], [5.5, 2], [-5.5, 2], [0, 5], [-0, 5], [5, 0], [Infinity, 2], [2, Infinity], [-1, Infinity]];
for (const [a, b] of pairs) {
  const r = a % b;
  console.log(`${a} % ${b} = ${r}`, isNegZero(r) ? "(-0)" : "", a / b, a ** b);
}
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0, -0 + 0, -0 - 0, isNegZero(-0 * 1), isNegZero(0 * -1));
console.log(2 ** -1, (-8) ** (1 / 3), 0 ** 0, NaN ** 0, 1 ** NaN, (-2) ** 3, 2 ** 0.5, 10 ** 21, 10 ** -7);
console.log(0.1 * 3, 0.1 + 0.7, 9007199254740992 + 1, 9007199254740993, -(2 ** 53));
console.log(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), isNegZero(Math.round(-0.4)));
let x = 7;
x %= 4;
x **= 3;
x /= 0.5;
x -= 100;
console.log(x, -x, +-x, - -x);
console.log(5 / 2 | 0, -5 / 2 | 0, Math.trunc(-5 / 2), Math.floor(-5 / 2));
console.log(1e308 * 10, -1e308 * 10, 5e-324 / 2, 5e-324);
