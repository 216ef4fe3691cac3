// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the % operator: sign of the dividend, fractional operands, zero, infinities, -0 results
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2, 5.5 % -2, 5.25 % 0.5, 0.3 % 0.1);
console.log(1 % 0, -1 % 0, 0 % 0, 0 % 5, -0 % 5);
console.log(-4 % 2, -4 % -2, 4 % -2, -6 % 3);
console.log(1 / (-4 % 2), 1 / (4 % -2));
console.log(Infinity % 2, 2 % Infinity, -2 % Infinity, 2 % -Infinity);
console.log(1e21 % 7, 2 ** 53 % 3, 2 ** 60 % 10, 1e300 % 7);
console.log(10.5 % 3.2, -10.5 % 3.2, 0.1 % 0.01, 100 % 0.3);
console.log(5e-324 % 2, 2 % 5e-324, 1.5 % 1, -1.5 % 1);
let i: number = -10;
while (i <= 10) {
  console.log(i, i % 4, i % -4, i % 2.5);
  i += 1.5;
}
