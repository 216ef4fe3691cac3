// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: a replacer array of keys: numbers as keys, duplicates, keys applied at every depth, records and arrays untouched
const v = { b: 1, a: { b: 2, c: 3, 1: "one" }, list: [{ a: 1, z: 2 }], 1: "top" };
console.log(JSON.stringify(v, ["a", "b"]));
console.log(JSON.stringify(v, ["b", "b", "a"]));
console.log(JSON.stringify(v, [1, "a"]));
console.log(JSON.stringify(v, ["list", "a"], 2));
console.log(JSON.stringify(v, []));
const rec: { [k: string]: number } = { x: 1, y: 2 };
console.log(JSON.stringify(rec, ["y"]), JSON.stringify([rec], ["x"]));
