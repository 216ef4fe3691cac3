// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Typed arrays: reduce with and without a start value, and some/every/find/findIndex stopping at the first decision
const f = new Float64Array([1.5, -2, 3.25, 8]);
const u = new Uint8Array([5, 250, 7]);
console.log(f.reduce((s, x) => s + x), f.reduce((s, x) => s + x, 100), u.reduce((s: string, x, i) => s + i + ":" + x + " ", ""));
const visits: number[] = [];
console.log(f.some((x, i) => { visits.push(i); return x < 0; }), visits.join(","));
console.log(f.every((x) => x > -5), u.every((x) => x > 5), new Int16Array(0).every(() => false));
console.log(f.find((x) => x > 3), f.findIndex((x) => x > 3), u.find((x) => x > 1000), u.findIndex((x) => x === 7));
try {
  new Int32Array(0).reduce((s, x) => s + x);
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log(new Int32Array([9]).reduce((s, x) => s * x), new Uint16Array(2).reduce((s, x, i, arr) => s + arr.length + i, 0));
