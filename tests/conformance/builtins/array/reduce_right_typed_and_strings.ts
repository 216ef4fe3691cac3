// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reduceRight without a start value over one, two and many elements, and with an index-recording callback
const one = ["solo"];
console.log(one.reduceRight((a, b) => a + b), [2, 3].reduceRight((a, b) => a - b), [1, 2, 3, 4].reduceRight((a, b) => a * 10 + b));
const idx: number[] = [];
const joined = ["a", "b", "c", "d"].reduceRight((acc, x, i, arr) => { idx.push(i); return acc + x + arr.length; }, ">");
console.log(joined, idx.join(""));
try {
  ([] as string[]).reduceRight((a, b) => a + b);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
const objs = [{ n: 1 }, { n: 2 }, { n: 3 }];
console.log(objs.reduceRight((acc: { n: number }[], o) => (o.n % 2 ? [...acc, o] : acc), []));
