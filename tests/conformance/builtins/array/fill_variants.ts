// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: fill with start and end, negative indices and objects (same reference)
console.log([1, 2, 3, 4, 5].fill(0), [1, 2, 3, 4, 5].fill(9, 2), [1, 2, 3, 4, 5].fill(7, 1, 3), [1, 2, 3, 4, 5].fill(8, -2));
console.log([1, 2, 3].fill(0, 5), [1, 2, 3].fill(0, 2, 1), [1, 2, 3].fill(4, -10, -2));
const objs = new Array<{ v: number }>(3).fill({ v: 0 });
objs[0].v = 5;
console.log(objs.map((o) => o.v).join(","));
