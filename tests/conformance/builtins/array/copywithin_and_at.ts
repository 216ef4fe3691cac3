// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: copyWithin with overlapping ranges, and at() with negative indices
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0));
const a = [10, 20, 30];
console.log(a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.9));
