// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// division results: repeating fractions, exact quotients, signs, overflow and underflow
for (let d = 1; d <= 12; d++) {
  console.log(1 + "/" + d, 1 / d, -1 / d, 100 / d, 7 / d);
}
console.log(6 / 3, -6 / 3, 6 / -3, -6 / -3, 0 / 5, 0 / -5, -0 / 5);
console.log(1 / 3 * 3, 2 / 3 * 3, 1 / 49 * 49, 1 / 10 * 3);
console.log(1e308 / 1e-10, 5e-324 / 2, 5e-324 / 1.5, -5e-324 / 2);
console.log(1e-300 / 1e300, 1 / 1e-310, 1 / 5e-324);
let x: number = 1000000;
x /= 3;
console.log(x);
x /= 0;
console.log(x);
let y: number = -8;
y /= 1 / 0;
console.log(y, 1 / y);
