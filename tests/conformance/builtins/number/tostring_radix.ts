// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toString with radix 2..36 for integers, negatives and fractions
const xs = [0, 255, -255, 4294967295, 0.5, 0.1, -3.75, 1e21, 2 ** 53];
for (const r of [2, 8, 16, 36]) console.log(r, xs.map((x) => x.toString(r)).join(" "));
console.log((35).toString(36), (36).toString(36), (123.456).toString(7), NaN.toString(2), (-Infinity).toString(16));
try {
  (1).toString(37);
} catch (e) {
  console.log((e as Error).name);
}
