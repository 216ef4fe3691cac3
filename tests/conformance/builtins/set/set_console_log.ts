// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: console.log of empty, numeric, string, nested and large sets, with -0 normalised
console.log(new Set<number>(), new Set([1, 2, 3]), new Set(["a", "b"]));
console.log(new Set([-0, 0, NaN, NaN]), new Set([[1, 2], [1, 2]]));
const deep = new Set([new Set([new Set([new Set([1])])])]);
console.log(deep);
const big = new Set<string>();
for (let i = 0; i < 30; i++) big.add("item" + i);
console.log(big);
console.log({ tags: new Set(["x"]), count: 1 }, [new Set<string>()]);
