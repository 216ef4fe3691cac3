// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: many inserts and deletes keep insertion order through growth; overwrite does not reorder; console.log truncation
const m = new Map<number, string>();
for (let i = 0; i < 3000; i++) m.set(i, "v" + i);
for (let i = 0; i < 3000; i += 3) m.delete(i);
for (let i = 0; i < 3000; i += 300) m.set(i, "re" + i);
m.set(1, "overwritten");
console.log(m.size, [...m.keys()].slice(0, 6).join(","), [...m.keys()].slice(-6).join(","));
console.log(m.get(1), m.get(3), m.get(300), m.has(2999));
let checksum = 0;
let idx = 0;
for (const [k, v] of m) checksum = (checksum * 31 + k + v.length * (idx++ % 7)) % 1000000007;
console.log(checksum);
const small = new Map<number, number>();
for (let i = 0; i < 120; i++) small.set(i, i * i);
console.log(small);
