// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: spread into Math.max/min, sum via reduce after Array.from, deduping floats that are equal (0.1+0.2 vs 0.3)
const s = new Set<number>([0.1 + 0.2, 0.3, 0.30000000000000004, 1 / 3, 2 / 6, -0, 0, Infinity, -Infinity]);
console.log(s.size, [...s]);
console.log(Math.max(...s), Math.min(...s), Array.from(s).filter((x) => Number.isFinite(x)).reduce((a, b) => a + b, 0));
const ints = new Set<number>();
for (let i = 1; i <= 100; i++) ints.add((i * i) % 17);
console.log(ints.size, [...ints].sort((a, b) => a - b).join(","));
const empty = new Set<number>();
console.log(Math.max(...empty), Math.min(...empty), [...empty].length);
