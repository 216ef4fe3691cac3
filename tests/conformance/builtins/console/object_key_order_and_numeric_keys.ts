// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: object literal keys print in JS order (integer-like keys ascending first), with quoting of non-identifier keys
console.log({ b: 1, a: 2, 10: "ten", 2: "two", "01": "zero-one", "-1": "neg", 1.5: "frac", 4294967295: "max", 4294967294: "maxidx" });
console.log({ z: { 3: "c", 1: "a", y: true } });
console.log([{ 2: "b", 1: "a" }, { 0: 0 }]);
const o = { zeta: 1, alpha: 2, mid: { inner2: 2, inner1: 1 } };
console.log(o, JSON.stringify(o));
console.log({ "key with spaces": 1, "quote'key": 2, 'dq"key': 3, "new\nline": 4 });
