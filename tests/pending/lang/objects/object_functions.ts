// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: Object.keys/values/entries/assign/freeze/fromEntries on plain data objects
const o = { a: 1, b: 2, c: 3 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
const merged = Object.assign({}, o, { b: 20, d: 4 });
console.log(merged);
const frozen = Object.freeze({ x: 1 });
console.log(Object.isFrozen(frozen), Object.isFrozen(o));
const fe = Object.fromEntries([
  ["k1", 10],
  ["k2", 20],
]);
console.log(fe);
console.log(Object.keys({}).length, Object.entries({ z: "q" })[0].join("="));
