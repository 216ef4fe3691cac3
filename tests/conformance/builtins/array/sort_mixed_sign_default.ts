// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: default sort compares as strings, so mixed-sign numbers, -0, NaN and Infinity sort lexicographically
console.log([10, -1, 2, -20, 0, 1.5, -0.5].sort());
console.log([-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7].sort());
console.log([3, 20, 100, -3, -20].sort(), [3, 20, 100, -3, -20].sort((a, b) => a - b));
console.log(["b", "a", "B", "ä", "10", "9"].sort());
console.log([true, false, true].sort());
const xs = [5, 1, 4];
console.log(xs.sort() === xs, xs);
