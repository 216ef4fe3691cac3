// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: thousands of members, deletes of every other one, re-adds, sizes and first/last in iteration order
const s = new Set<number>();
for (let i = 0; i < 5000; i++) s.add((i * 7919) % 5003);
console.log(s.size);
let removed = 0;
for (const x of [...s]) if (x % 2 === 0 && s.delete(x)) removed++;
console.log(removed, s.size);
for (let i = 0; i < 10; i++) s.add(i);
const arr = [...s];
console.log(arr.slice(0, 5).join(","), arr.slice(-12).join(","));
let sum = 0;
s.forEach((x) => { sum += x; });
console.log(sum);
s.clear();
console.log(s.size, [...s].length, s.has(1));
s.add(42);
console.log(s);
const strs = new Set<string>();
for (let i = 0; i < 300; i++) strs.add("k" + (i % 250));
console.log(strs.size, strs.has("k249"), strs.has("k250"));
