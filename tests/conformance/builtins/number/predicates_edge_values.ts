// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: isNaN, isFinite, Number.isNaN, isFinite, isInteger and isSafeInteger on boundary and special values
const xs: number[] = [0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), -(2 ** 53), 2 ** 53 + 2, 1e21, 5e-324, Number.MAX_VALUE, Number.EPSILON, 0.1 + 0.2, 1e300 * 10, 4.0000000000000001, -1e-300];
for (const x of xs) {
  console.log(x, isNaN(x), isFinite(x), Number.isNaN(x), Number.isFinite(x), Number.isInteger(x), Number.isSafeInteger(x));
}
const strs: string[] = ["12", "abc", "", " ", "1e3", "Infinity"];
for (const s of strs) console.log(JSON.stringify(s), isNaN(Number(s)), isFinite(Number(s)), Number.isInteger(Number(s)));
