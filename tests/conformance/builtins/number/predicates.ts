// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: isNaN, isFinite, isInteger, isSafeInteger versus the coercing global isNaN/isFinite
const vals: unknown[] = [0, -0, 1.5, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, "5", "abc", null, true];
for (const v of vals) {
  console.log(
    String(v).padEnd(18),
    Number.isNaN(v),
    Number.isFinite(v),
    Number.isInteger(v),
    Number.isSafeInteger(v),
    isNaN(v as number),
    isFinite(v as number),
  );
}
