// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: union, intersection, difference and symmetric difference built from spreads and filters
const a = new Set([1, 2, 3, 4, 5]);
const b = new Set([4, 5, 6, 7]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter((x) => b.has(x)));
const diff = new Set([...a].filter((x) => !b.has(x)));
const sym = new Set([...a, ...b].filter((x) => !(a.has(x) && b.has(x))));
console.log([...union].join(","), [...inter].join(","), [...diff].join(","), [...sym].join(","));
const subset = (x: Set<number>, y: Set<number>): boolean => [...x].every((v) => y.has(v));
console.log(subset(inter, a), subset(a, inter), subset(new Set(), a));
