// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: add/has/delete/size/clear, duplicates ignored, add returns the set
const s = new Set<number>();
console.log(s.add(1) === s, s.add(2).add(1).size, s.has(1), s.has(3));
console.log(s.delete(1), s.delete(1), s.size, [...s]);
s.clear();
console.log(s.size, s.has(2));
const fromArr = new Set([3, 1, 3, 2, 1]);
console.log(fromArr.size, [...fromArr].join(","));
