// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: keys/values/entries/for-of/spread follow insertion order across updates and deletions; size tracking
const m = new Map<number, string>();
const sizes: number[] = [];
for (const k of [5, 3, 9, 1, 3, 5, 7]) {
  m.set(k, "v" + k);
  sizes.push(m.size);
}
console.log(sizes.join(","));
console.log([...m.keys()], [...m.values()]);
for (const e of m.entries()) console.log(e, e.length);
m.delete(9);
m.set(9, "back");
m.set(3, "updated");
console.log(Array.from(m.keys()).join(" "), Array.from(m.values()).join(" "));
let s = "";
m.forEach((v, k) => { s += `${k}:${v};`; });
console.log(s);
const inverted = new Map<string, number>([...m].map(([k, v]) => [v, k]));
console.log(inverted);
const nested = new Map<string, Map<string, number>>();
for (const w of ["ab", "ac", "bd", "ab", "ba"]) {
  const inner = nested.get(w[0]) ?? new Map<string, number>();
  inner.set(w[1], (inner.get(w[1]) ?? 0) + 1);
  nested.set(w[0], inner);
}
console.log(nested);
