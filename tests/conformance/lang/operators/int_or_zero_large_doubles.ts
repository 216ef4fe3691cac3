// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// ToInt32 and ToUint32 of doubles outside the int32 range, NaN and Infinity.

function isNegZero(v: number): boolean {
  return v === 0 && 1 / v < 0;
}
const values: number[] = [1e10, 2 ** 53, 2 ** 53 + 2, -(2 ** 31) - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 5, 4294967296.5, -4294967297.75,
  1e300, -1e300, NaN, Infinity, -Infinity, -0, 0.9, -0.9, 2 ** 63, 2 ** 64 + 4096, -(2 ** 63), 123456789012345];
for (const v of values) {
  console.log(v, v | 0, v >>> 0, v >> 0, ~v, v & 0xffff, v ^ 0, isNegZero(v | 0));
}
let acc: number = 0;
for (let i = 0; i < values.length; i++) acc = (acc + (values[i] | 0)) | 0;
console.log(acc);
