// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toExponential with and without a digit count, halfway rounding, carries, specials and RangeError
const xs: number[] = [0, -0, 1, 10, 12345, 0.00015, 1.5, 2.5, -2.5, 9.95, 9.995, 99999, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3];
for (const x of xs) console.log(x, x.toExponential(), x.toExponential(0), x.toExponential(1), x.toExponential(2), x.toExponential(16));
console.log((123.456).toExponential(100).length, NaN.toExponential(2), Infinity.toExponential(), (-Infinity).toExponential(3));
const ds: number[] = [-1, 101, 100, 0];
for (const d of ds) {
  try {
    console.log(d, (3.75).toExponential(d));
  } catch (e) {
    console.log("caught", d, e instanceof RangeError, (e as Error).message);
  }
}
