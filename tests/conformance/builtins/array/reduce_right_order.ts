// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reduceRight visits right to left, with and without an initial value; empty arrays throw
const xs = [1, 2, 3, 4];
console.log(xs.reduceRight((acc, x, i) => acc + `${x}@${i} `, ""));
console.log(xs.reduceRight((a, b) => a - b));
console.log(["a", "b", "c"].reduceRight((a, b) => a + b));
console.log([[1, 2], [3]].reduceRight((acc, p) => acc.concat(p), [] as number[]));
const empty: number[] = [];
console.log(empty.reduceRight((a, b) => a + b, 42));
try {
  empty.reduceRight((a, b) => a + b);
} catch (e) {
  console.log(e instanceof TypeError, (e as TypeError).message);
}
