// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: forEach arguments (value, key, map), and keys/values/entries iterators
const m = new Map<string, number[]>([
  ["evens", [2, 4]],
  ["odds", [1, 3, 5]],
]);
m.forEach((v, k, self) => console.log(k, v.length, self === m));
const it = m.entries();
const first = it.next();
console.log(first.done, first.value?.[0]);
console.log(it.next().value?.[0], it.next().done);
console.log([...m.values()].flat().join(","), Array.from(m.keys()).join("+"));
