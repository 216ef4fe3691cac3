// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: arrays of numbers, strings, booleans, null/undefined and nested arrays
console.log([1, 2, 3]);
console.log([]);
console.log(["a", "b'c", 'd"e']);
console.log([true, false, null, undefined]);
console.log([[1, 2], [3, [4, [5, [6]]]]]);
console.log([-0, 0, NaN, -1.5, 1e21, Infinity]);
