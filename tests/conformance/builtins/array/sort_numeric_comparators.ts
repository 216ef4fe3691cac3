// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sort with numeric comparators ascending and descending, including NaN-free mixed signs and -0
const xs = [5, -3, 10, 0, -0, 2.5, -100, 7];
console.log(xs.slice().sort((a, b) => a - b));
console.log(xs.slice().sort((a, b) => b - a));
const big: number[] = [];
let seed = 17;
for (let i = 0; i < 500; i++) {
  seed = (seed * 48271) % 2147483647;
  big.push(seed % 1000);
}
const sorted = big.slice().sort((a, b) => a - b);
let ok = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
console.log(ok, sorted[0], sorted[499], sorted[250], sorted.length);
