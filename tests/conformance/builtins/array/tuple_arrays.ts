// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: tuples are arrays: length, indexing, push, destructuring and Array methods
const t: [string, number, boolean] = ["x", 1, true];
console.log(t.length, t[0], t[1], t[2], Array.isArray(t));
const pairs: Array<[string, number]> = [["b", 2], ["a", 1], ["c", 3]];
pairs.sort((p, q) => (p[0] < q[0] ? -1 : 1));
console.log(pairs.map(([k, v]) => k + v).join(","));
const m = new Map(pairs);
console.log(m.get("c"), [...m.keys()].join(""));
const swap = ([a, b]: [number, number]): [number, number] => [b, a];
console.log(swap([1, 2]));
