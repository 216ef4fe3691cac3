// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array.from over arrays, strings by code point, Sets, Maps, map keys and values, with and without a mapper
console.log(Array.from([3, 1, 2]), Array.from("a😀b"), Array.from("", (c) => c + c));
const s = new Set(["x", "y", "x"]);
console.log(Array.from(s), Array.from(s, (v, i) => v + i));
const m = new Map<string, number>([["one", 1], ["two", 2]]);
console.log(Array.from(m), Array.from(m.keys()), Array.from(m.values(), (v) => v * 100));
console.log(Array.from(m.entries(), ([k, v]) => `${k}=${v}`).join("&"));
console.log(Array.from([1, 2, 3].entries()), Array.from(["a", "b"].keys()));
const copy = Array.from(m.keys());
copy.push("three");
console.log(copy.length, m.size);
