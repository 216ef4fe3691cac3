// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: at() with positive, negative, fractional, NaN and out-of-range indices
const a = ["p", "q", "r"];
for (const i of [0, 1, 2, 3, -1, -3, -4, 1.7, -1.2, NaN, Infinity, -Infinity]) {
  console.log(i, a.at(i));
}
const nums = [1.5, -0, NaN];
console.log(nums.at(-2), nums.at(-1), 1 / (nums.at(1) ?? 1) === -Infinity);
const empty: number[] = [];
console.log(empty.at(0), empty.at(-1));
