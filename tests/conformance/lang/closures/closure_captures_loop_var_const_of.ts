// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: for-of with const, let and destructured bindings each create fresh captured bindings
const fs: Array<() => string> = [];
for (const [k, v] of [["a", 1], ["b", 2], ["c", 3]] as Array<[string, number]>) {
  fs.push(() => k + "=" + v);
}
console.log(fs.map((f) => f()).join("&"));
const gs: Array<() => number> = [];
for (let x of [1, 2, 3]) {
  gs.push(() => x);
  x *= 100;
}
console.log(gs.map((g) => g()).join(","));
const hs: Array<() => string> = [];
for (const ch of "héllo") hs.push(() => ch.toUpperCase());
console.log(hs.map((h) => h()).join("."));
