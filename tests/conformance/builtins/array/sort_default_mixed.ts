// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: default sort orders numbers as strings (negatives, decimals, exponents), strings by UTF-16 code units
const nums = [10, 9, -1, -10, 1, 100, 0, -0.5, 2.5, 1e21, 1e-7, 25, -25, 3];
console.log(nums.slice().sort().join(" "));
const r = nums.sort();
console.log(r === nums, nums.join(" "));
const strs = ["b", "B", "a", "A", "_", "1", "10", "2", "é", "e", "z", "", "Z", "aa", "a a"];
console.log(JSON.stringify(strs.sort()));
const emoji = ["\u{1F600}", "\uFFFF", "\uD800", "x"];
console.log(emoji.sort().map((s) => s.charCodeAt(0).toString(16)).join(","));
const withNaN = [3, NaN, 1, Infinity, -Infinity, 2];
console.log(withNaN.sort().join(","));
const one = [5];
console.log(one.sort().join(","), ([] as number[]).sort().length);
const bools = [true, false, true, false];
console.log(bools.sort().join(","));
