// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: set/get/has/delete/size/clear and chaining set calls
const m = new Map<string, number>();
console.log(m.size, m.get("a"), m.has("a"));
const r = m.set("a", 1).set("b", 2).set("c", 3);
console.log(r === m, m.size, m.get("b"), m.has("c"));
m.set("a", 10);
console.log(m.size, m.get("a"), m.delete("b"), m.delete("b"), m.size, m.has("b"));
m.clear();
console.log(m.size, m.get("a"), [...m].length);
