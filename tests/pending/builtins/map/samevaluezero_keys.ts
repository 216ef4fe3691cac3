// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: keys use SameValueZero: NaN finds NaN, -0 and 0 are the same key (stored as +0), objects by identity
const m = new Map<unknown, string>();
m.set(NaN, "nan");
m.set(0, "zero");
m.set(-0, "minus zero");
m.set("0", "string zero");
console.log(m.size, m.get(NaN), m.get(0), m.get(-0), m.get("0"), m.has(0 / 0));
const keys = [...m.keys()];
console.log(keys.map((k) => (typeof k === "number" && Object.is(k, -0) ? "-0" : String(k))).join(","));
const o1 = { id: 1 };
const o2 = { id: 1 };
m.set(o1, "o1");
console.log(m.get(o1), m.get(o2), m.has({ id: 1 }));
m.set(undefined, "u").set(null, "n");
console.log(m.get(undefined), m.get(null), m.size);
