// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// relational and strict equality operators on numbers including NaN, -0 and infinities
function cmp(a: number, b: number): void {
  console.log(a, b, a < b, a <= b, a > b, a >= b, a === b, a !== b);
}
cmp(1, 2);
cmp(2, 1);
cmp(2, 2);
cmp(-0, 0);
cmp(0, -0);
cmp(0 / 0, 0 / 0);
cmp(0 / 0, 1);
cmp(1, 0 / 0);
cmp(1 / 0, 1e308);
cmp(-1 / 0, -1e308);
cmp(1 / 0, 1 / 0);
cmp(-1 / 0, 1 / 0);
cmp(0.1 + 0.2, 0.3);
cmp(2 ** 53, 2 ** 53 + 1);
cmp(5e-324, 0);
cmp(-5e-324, -0);
cmp(-1, -2);
cmp(1.0000000000000002, 1);
let count: number = 0;
for (let i = -2; i <= 2; i += 0.5) {
  if (i >= -1 && i < 1.5) {
    count++;
  }
}
console.log("count", count);
console.log(1 < 2 === true, (3 > 2) === (2 > 1), 1 < 2 !== 2 < 1);
