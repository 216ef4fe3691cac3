// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toFixed with halfway cases, negative values rounding to zero, large digit counts and RangeError bounds
const xs: number[] = [0.125, 0.375, -0.125, 2.345, 2.355, -1.005, 0.05, -0.05, 0.0049, -0.0049, 999.995, 9.995, 1e-10, 1.23e15, 1.23e20, 9.999999999999999e20, -1e21, 1234.5678];
for (const x of xs) console.log(x, x.toFixed(0), x.toFixed(1), x.toFixed(2), x.toFixed(3), x.toFixed(10));
console.log((0.1).toFixed(20), (0.1).toFixed(30), (1 / 3).toFixed(50), (2 ** -20).toFixed(25));
console.log((5e-324).toFixed(100).length, (1.5).toFixed(2.9), Infinity.toFixed(2), (-Infinity).toFixed(0));
const ds: number[] = [-1, 101, 100, NaN];
for (const d of ds) {
  try {
    console.log(d, (1.5).toFixed(d));
  } catch (e) {
    console.log("caught", d, e instanceof RangeError, (e as Error).message);
  }
}
