// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: keys(), values() and entries() spread, iterated with destructuring and passed to Array.from
const a = ["x", "y", "z"];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
for (const [i, v] of a.entries()) console.log(i, v);
for (const i of a.keys()) if (i === 1) console.log("one", a[i]);
const nums = [10, 20];
for (const [i, n] of nums.entries()) console.log(i + n);
const pairs = [...nums.entries()];
console.log(pairs[1][0] + pairs[1][1]);
for (const v of a.values()) {
  if (v === "y") break;
  console.log("before y:", v);
}
