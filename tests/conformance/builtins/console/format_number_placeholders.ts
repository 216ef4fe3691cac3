// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %d, %i and %f applied to integers, fractions, -0, NaN, infinities, numeric strings, junk strings and booleans
const nums: number[] = [0, -0, 42, -42.9, 3.75, 1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53, 0.1 + 0.2];
for (const n of nums) console.log("%d|%i|%f", n, n, n);
const strs: string[] = ["42", "42.9abc", "  7 ", "0x1f", "1e3", "abc", "", "-0", "Infinity", "1_000"];
for (const s of strs) console.log("%d|%i|%f", s, s, s);
console.log("%d %d", true, false);
console.log("%i %f", true, null);
console.log("%d items cost %f dollars, %i%% done", 3, 9.99, 45.6);
console.log("%d%d%d", 1, 2, 3);
console.log("[%d]", [5]);
