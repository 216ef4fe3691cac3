// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: for-of over Map, Set, entries(), keys() and values() with destructuring
const m = new Map<string, number>([
  ["one", 1],
  ["two", 2],
  ["three", 3],
]);
for (const [k, v] of m) console.log(k, v);
let keys = "";
for (const k of m.keys()) keys += k[0];
let total = 0;
for (const v of m.values()) total += v;
console.log(keys, total);
const s = new Set(["x", "y", "x", "z"]);
for (const v of s) console.log("set", v);
for (const [i, v] of ["a", "b"].entries()) console.log(i, v);
for (const i of ["a", "b", "c"].keys()) console.log("key", i);
