// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: Maps and Sets nested in objects and arrays, empty ones, long ones that wrap, and past the depth limit
console.log(new Map<string, number>(), new Set<number>());
console.log({ m: new Map<string, number[]>([["a", [1, 2]], ["b", []]]), s: new Set<string>(["x", "y"]) });
console.log([new Set<number>([1, 2, 3])], [new Map<number, string>([[1, "one"]])]);
const big = new Map<string, string>();
for (let i = 0; i < 8; i++) big.set("key" + i, "value number " + i);
console.log(big);
const nums = new Set<number>();
for (let i = 0; i < 30; i++) nums.add(i * 3);
console.log(nums);
console.log({ a: { b: { c: new Map<string, number>([["deep", 1]]) } } });
console.log({ a: { b: new Set<number>([1]) } });
const many = new Set<number>();
for (let i = 0; i < 120; i++) many.add(i);
console.log(many);
