// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: map keeps the element type (and converts), filter, reduce, forEach, every, some, find, findIndex
const a = new Uint8Array([10, 200, 30, 140]);
const doubled = a.map((x) => x * 2);
console.log(doubled.join(","), doubled.length, doubled.buffer === a.buffer);
const withIndex = new Float32Array([1, 2, 3]).map((x, i) => x / 3 + i);
console.log(withIndex.join(","));
console.log(a.filter((x) => x > 50).join(","), a.filter((x, i) => i % 2 === 0).length, a.filter(() => false).length);
console.log(a.reduce((s, x) => s + x, 0), a.reduce((m, x) => (x > m ? x : m)), a.reduce((s, x, i) => s + x * i, 0));
console.log(a.reduce((acc, x) => acc + x.toString(16), ""));
let seen = "";
a.forEach((x, i, arr) => {
  seen += `${i}:${x}/${arr.length} `;
});
console.log(seen);
console.log(a.every((x) => x >= 10), a.every((x) => x > 10), a.some((x) => x > 199), a.some((x) => x > 200));
console.log(a.find((x) => x > 100), a.find((x) => x > 250), a.findIndex((x) => x === 30), a.findIndex((x) => x === 31));
const found = new Int16Array([-5, 7]).find((x) => x > 0);
console.log(found === undefined ? "none" : found + 1);
try {
  new Int32Array(0).reduce((s, x) => s + x);
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
const e = new Float64Array(0);
console.log(e.every((x) => x > 0), e.some((x) => x > 0), e.map((x) => x).length, e.reduce((s, x) => s + x, 5));
