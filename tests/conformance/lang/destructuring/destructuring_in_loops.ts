// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: for-of with array and object patterns over Map entries and records
const people = [
  { name: "ann", age: 31, city: "oslo" },
  { name: "bo", age: 25, city: "rome" },
];
for (const { name, age } of people) console.log(name, age);
const m = new Map<string, { count: number }>([
  ["x", { count: 2 }],
  ["y", { count: 5 }],
]);
for (const [key, { count }] of m) console.log(key, count);
let total = 0;
for (const [, v] of Object.entries({ a: 1, b: 2, c: 3 })) total += v;
console.log(total);
