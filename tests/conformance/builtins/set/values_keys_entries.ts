// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: keys() and values() are the same sequence, entries() gives [v, v] pairs; Array.from and spread
const s = new Set<string>(["red", "green", "blue"]);
console.log([...s.keys()], [...s.values()], [...s.entries()]);
for (const [a, b] of s.entries()) console.log(a === b, a);
console.log(Array.from(s).join("|"), Array.from(s, (x) => x.length));
const nums = new Set<number>([3, 1, 2]);
console.log(Math.max(...nums), Math.min(...nums.values()), [...nums].sort().join(""));
const chars = new Set("banana");
console.log(chars, chars.size, [...chars].join(""));
const fromMap = new Set<number>(new Map([[1, "a"], [2, "b"]]).keys());
console.log(fromMap);
const big = new Set<number>();
for (let i = 0; i < 150; i++) big.add(i % 120);
console.log(big.size);
console.log(big);
