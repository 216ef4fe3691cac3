// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify's space argument as a number: clamped to 10, fractions floored, below 1 means none
const v = { a: [1, { b: 2 }], c: "d" };
for (const n of [-5, 0, 0.9, 1, 2.7, 4, 10, 11, 100, Infinity, NaN]) {
  console.log(`space ${n}:`);
  console.log(JSON.stringify(v, null, n));
}
