// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: numeric keys 0 and -0 collapse to +0 on insertion; keys() reports +0
const m = new Map<number, string>();
m.set(-0, "neg");
const k = [...m.keys()][0];
console.log(Object.is(k, 0), Object.is(k, -0), m.get(0), m.get(-0));
const s = new Set<number>([-0]);
console.log(Object.is([...s][0], 0), s.has(0));
m.set(1.5, "a").set(1.50, "b").set(3 / 2, "c");
console.log(m.size, m.get(1.5));
