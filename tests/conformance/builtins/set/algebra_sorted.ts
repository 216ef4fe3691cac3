// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: union, intersection, difference, symmetric difference and subset checks on numbers and strings
function union<T>(a: Set<T>, b: Set<T>): Set<T> { return new Set<T>([...a, ...b]); }
function inter<T>(a: Set<T>, b: Set<T>): Set<T> { return new Set<T>([...a].filter((x) => b.has(x))); }
function diff<T>(a: Set<T>, b: Set<T>): Set<T> { return new Set<T>([...a].filter((x) => !b.has(x))); }
function sym<T>(a: Set<T>, b: Set<T>): Set<T> { return union(diff(a, b), diff(b, a)); }
function subset<T>(a: Set<T>, b: Set<T>): boolean { return [...a].every((x) => b.has(x)); }
const a = new Set<number>([1, 2, 3, 4, NaN]);
const b = new Set<number>([3, 4, 5, NaN, -0]);
console.log(union(a, b), inter(a, b), diff(a, b), sym(a, b));
console.log(subset(inter(a, b), a), subset(a, b), subset(new Set<number>(), a));
const w1 = new Set("the cat sat on the mat".split(" "));
const w2 = new Set("a cat and a hat".split(" "));
console.log([...union(w1, w2)].sort(), [...inter(w1, w2)], [...sym(w1, w2)].sort().join(","));
