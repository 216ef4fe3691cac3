// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: NaN keys are one key, -0 and +0 are one key, strings and numbers stay distinct
const m = new Map<number | string, string>();
m.set(NaN, "nan1");
m.set(0 / 0, "nan2");
m.set(-0, "negzero");
m.set(0, "zero");
m.set("0", "string zero");
console.log(m.size, m.get(NaN), m.get(-0), m.get(+0), m.get("0"), m.has("NaN"));
console.log([...m.keys()].map((k) => typeof k === "number" && 1 / k === -Infinity));
console.log(m.delete(-0), m.has(0), m.size);
const s = new Set<number>([0, -0, NaN, NaN, 1]);
console.log(s.size, s.has(-0), s.has(NaN), [...s]);
