// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toString(radix) for fractions, negatives, tiny and huge values in every radix from 2 to 36
const xs: number[] = [0.5, -0.5, 0.1, -255.75, 1 / 3, 3.14159, 1e-7, 123456.789, -1e21, 2 ** 53 + 2, 0.000123, -0, NaN, Infinity, -Infinity, 5e-324];
for (const x of xs) console.log(x, x.toString(2), x.toString(8), x.toString(16), x.toString(36));
for (let r = 2; r <= 36; r++) console.log(r, (-12345.6789).toString(r), (0.1).toString(r).slice(0, 30), (2 ** 40 + 0.25).toString(r));
const bad: number[] = [1, 37, 0];
for (const r of bad) {
  try {
    console.log((10).toString(r));
  } catch (e) {
    console.log("caught", e instanceof RangeError, (e as Error).message);
  }
}
console.log((255).toString(16.9), (255).toString(), (1e21).toString(10), (-7).toString(2));
