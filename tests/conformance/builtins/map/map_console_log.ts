// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: console.log of empty, small, nested, long and wrapped maps, inside arrays and objects
console.log(new Map<string, number>());
const m = new Map<string, number>([["a", 1], ["b", 2]]);
console.log(m, [m], { m });
const nested = new Map<string, Map<number, string[]>>([["outer", new Map([[1, ["x", "y"]]])]]);
console.log(nested);
const long = new Map<string, string>();
for (const w of ["alpha", "beta", "gamma", "delta", "epsilon"]) long.set(w, w.toUpperCase().repeat(2));
console.log(long);
const many = new Map<number, number>();
for (let i = 0; i < 105; i++) many.set(i, i * i);
console.log(many);
type K = number | string | boolean | null | undefined;
const pairs: [K, number][] = [[1, 1], ["1", 2], [true, 3], [null, 4], [undefined, 5], [-0, 6], [NaN, 7]];
const keys = new Map<K, number>(pairs);
console.log(keys);
