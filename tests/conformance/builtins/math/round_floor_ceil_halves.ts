// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: round, floor and ceil at .5 boundaries, near 2^52, for negatives (round half up) and just below 0.5
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const xs: number[] = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001, 2 ** 52 - 0.5, 2 ** 52 + 1, -(2 ** 52) + 0.5, 2 ** 53, 4503599627370495.5, -4503599627370495.5, 1e-300, -1e-300, -0.0000001, 123.456, -123.456];
for (const x of xs) console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), isNegZero(Math.round(x)), isNegZero(Math.ceil(x)));
for (let i = -10; i <= 10; i++) {
  const x = i / 4;
  console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x));
}
