// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// floating point addition, subtraction, multiplication and accumulation rounding
let sum: number = 0;
for (let i = 0; i < 10; i++) {
  sum += 0.1;
  console.log(i, sum);
}
console.log(sum === 1, sum < 1);
let big: number = 1e16;
console.log(big + 1, big + 2, big + 1 + 1, 1 + 1 + big);
console.log(0.1 * 0.1, 0.2 * 0.2, 1.1 + 2.2, 3.3 * 3, 4.35 * 100, 1.15 * 100);
console.log(9.95 - 9.9, 100 - 99.99, 0.3 - 0.2, 1e-16 + 1, 1 - 1e-16, 1 - 1e-17);
console.log(1e308 + 1e292, 1e308 * 1.7, -1e308 * 1.8, 1e-308 / 1e10, 1e-308 / 1e20);
let h: number = 0;
for (let i = 1; i <= 1000; i++) {
  h += 1 / i;
}
console.log("harmonic(1000)", h);
let p: number = 1;
for (let i = 1; i <= 25; i++) {
  p *= i;
  console.log(i + "!", p);
}
let q: number = 1;
for (let i = 0; i < 60; i++) {
  q = q * 1.1;
}
console.log(q, q * 1e10, q / 1e10);
