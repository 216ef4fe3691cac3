// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map and Set values stringify as {} wherever they appear
const m = new Map<string, number>([["a", 1], ["b", 2]]);
const s = new Set<number>([1, 2, 3]);
console.log(JSON.stringify(m), JSON.stringify(s));
console.log(JSON.stringify({ m, s, n: m.size }));
console.log(JSON.stringify([m, s], null, 2));
