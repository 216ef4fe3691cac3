// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: construct from entry arrays, convert to and from plain objects with Object.fromEntries/entries
const obj = { x: 1, y: 2, z: 3 };
const m = new Map(Object.entries(obj));
m.set("w", 0);
console.log(m.size, m.get("y"));
const back = Object.fromEntries(m);
console.log(back, Object.keys(back).join(""));
const copy = new Map(m);
copy.set("x", 100);
console.log(m.get("x"), copy.get("x"));
const dup = new Map([
  ["k", 1],
  ["k", 2],
]);
console.log(dup.size, dup.get("k"));
