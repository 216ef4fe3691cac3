// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reduce and reduceRight with and without an initial value, single element, and the TypeError on empty arrays
const a = [1, 2, 3, 4];
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 100));
console.log(a.reduceRight((s, x) => s * 10 + x), a.reduceRight((s, x) => s * 10 + x, 0));
console.log(a.reduce((s, x, i) => s + `[${i}:${x}]`, ""), a.reduceRight((s, x, i) => s + `[${i}:${x}]`, ""));
const calls: string[] = [];
a.reduce((acc, x, i, arr) => { calls.push(`${acc},${x},${i},${arr.length}`); return acc + x; });
console.log(calls.join(" "));
const one = [42];
console.log(one.reduce((s, x) => s + x * 1000), one.reduceRight((s, x) => s - x), one.reduce((s, x) => s + x, 1));
const empty: number[] = [];
console.log(empty.reduce((s, x) => s + x, 7), empty.reduceRight((s, x) => s + x, 8));
try {
  console.log(empty.reduce((s, x) => s + x));
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name, (e as Error).message);
}
try {
  console.log(empty.reduceRight((s, x) => s + x));
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).message);
}
const strs = ["a", "b", "c"];
console.log(strs.reduce((s, x) => x + s), strs.reduceRight((s, x) => s + x));
const max = [3, 9, -2, 7].reduce((m, x) => (x > m ? x : m));
const obj = [["a", 1], ["b", 2]].reduce((o: { [k: string]: number }, p) => o, {});
console.log(max, Object.keys(obj).length);
