// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the ** operator: right associativity, zero, NaN, infinities, negative bases, fractional exponents
console.log(2 ** 10, 2 ** 0.5, 2 ** -1, 2 ** -2, 10 ** 21, 10 ** -7);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(0 ** 0, (0 / 0) ** 0, 1 ** (0 / 0), 1 ** Infinity, 1 ** -Infinity);
console.log((-8) ** (1 / 3), (-2) ** 3, (-2) ** 2, (-2) ** 0.5, (-1) ** Infinity);
console.log(0 ** -1, (-0) ** -1, (-0) ** -2, (-0) ** 3, (-0) ** 2, 0 ** 5);
console.log(Infinity ** 0, Infinity ** -1, (-Infinity) ** 3, (-Infinity) ** 2, (-Infinity) ** -3);
console.log(2 ** 1023, 2 ** 1024, 2 ** -1074, 2 ** -1075, 0.5 ** 1075);
console.log(0.5 ** Infinity, 2 ** Infinity, 0.5 ** -Infinity, 2 ** -Infinity);
console.log(1.0000001 ** 1e7, 3 ** 40, 7 ** 20, 10 ** 15, 10 ** 22);
let b: number = 3;
b **= 4;
console.log(b);
b **= 0.5;
console.log(b);
let e: number = -3;
console.log(-(2 ** 2), (-2) ** e, 2 ** -e, e ** 2);
for (let k = -3; k <= 3; k++) {
  console.log(k, 3 ** k, (-3) ** k, 0.1 ** k);
}
