// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toPrecision switching between fixed and exponent form, rounding carries, negatives and RangeError
const xs: number[] = [0, -0, 1, 9.99, 99.95, 0.00001234, 0.000001, 1e-7, 123456, 1234567, 1e21, -5.5, 0.5, 2.5, 1.45, 1.55, 9.5, 999999.5, Number.MAX_VALUE, Number.MIN_VALUE];
for (const x of xs) console.log(x, x.toPrecision(1), x.toPrecision(2), x.toPrecision(3), x.toPrecision(6), x.toPrecision(21));
console.log((1 / 3).toPrecision(100), (123.456).toPrecision(), NaN.toPrecision(3), (-Infinity).toPrecision(2));
const ps: number[] = [0, 101, 100, 1];
for (const p of ps) {
  try {
    console.log(p, (42.5).toPrecision(p));
  } catch (e) {
    console.log("caught", p, e instanceof RangeError, (e as Error).message);
  }
}
