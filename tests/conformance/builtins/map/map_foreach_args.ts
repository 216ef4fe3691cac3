// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map and Set forEach: value, key and the collection itself, on numbers, strings and objects
const m = new Map<string, { n: number }>([["a", { n: 1 }], ["b", { n: 2 }]]);
m.forEach((v, k, self) => console.log(k, v.n, self === m, self.size));
const s = new Set([5, 6]);
s.forEach((v, k, self) => console.log(v, k, v === k, self.has(v)));
let total = 0;
new Map<number, number>([[1, 10], [2, 20]]).forEach((v) => { total += v; });
console.log(total);
