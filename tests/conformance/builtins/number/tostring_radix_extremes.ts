// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toString(radix) for the largest and smallest doubles, powers of the radix and values just around integers
const xs: number[] = [Number.MAX_VALUE, Number.MIN_VALUE, 2 ** -1022, 1e300, 1e-300, 2 ** 60, 2 ** 60 + 2 ** 8, 0.9999999999999999, 1.0000000000000002, 4.35, 1e21 + 1e6];
for (const x of xs) {
  for (const r of [2, 3, 5, 10, 16, 36]) {
    const s = x.toString(r);
    console.log(r, s.length, s.slice(0, 40), s.slice(-20));
  }
}
for (const r of [3, 7, 11, 36]) console.log(r, (r ** 10).toString(r), (r ** -5).toString(r), (1 / r).toString(r), (-r / 2).toString(r));
