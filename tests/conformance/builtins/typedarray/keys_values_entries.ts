// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: keys(), values() and entries() in for-of and spreads, with destructuring and early exits
const a = new Float32Array([0.5, -1, 2.25, 8]);
let keys = "";
for (const k of a.keys()) keys += k;
let vals = 0;
for (const v of a.values()) vals += v;
console.log(keys, vals);
for (const [i, v] of a.entries()) {
  if (v < 0) continue;
  if (i === 3) break;
  console.log(i, v, v * i);
}
const pairs = [...a.entries()];
console.log(pairs.length, pairs[2].join("="), pairs.map(([i, v]) => `${i}->${v}`).join(", "));
console.log([...a.keys()].reverse().join(""), Math.max(...a.values()), [...new Uint8Array(0).entries()].length);
const u = new Uint8Array([3, 1, 2]);
for (const [i, v] of u.entries()) u[i] = v * 10;
console.log(u.join(","));
