// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: NaN, -0 and +0 keys with number|string keys, overwrite keeps position, delete+re-add moves to end
const m = new Map<number, string>();
m.set(1, "one").set(NaN, "nan").set(-0, "mz").set(2, "two");
console.log(m, m.size);
m.set(0, "pz");
m.set(NaN, "nan2");
console.log([...m.entries()].map(([k, v]) => `${(k === 0 && 1 / k < 0) ? "-0" : k}:${v}`).join(" "));
console.log(m.get(-0), m.get(0), m.get(Number("x")), m.has(0 / 0), m.get(3));
console.log(m.delete(1), m.delete(1), m.size);
m.set(1, "one again");
console.log([...m.keys()].join(","));
m.delete(NaN);
m.set(NaN, "nan3");
console.log([...m.values()].join(","));
const sm = new Map<string, number>([["a", 1], ["b", 2], ["a", 3]]);
console.log(sm, sm.get("a"), sm.size);
console.log(m.clear(), m.size, m.has(NaN), [...m].length);
