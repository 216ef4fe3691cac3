// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: map, filter, reduce and reduceRight with and without initial values
const xs = [1, 2, 3, 4, 5, 6];
console.log(xs.map((x) => x * x), xs.filter((x) => x % 2 === 0));
console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 100), xs.reduce((acc, x) => acc + x, ""));
console.log(xs.reduceRight((acc, x) => acc + x, ""), ["a", "b", "c"].reduceRight((a, b) => a + b));
console.log([5].reduce((a, b) => a * b), ([] as number[]).reduce((a, b) => a + b, 0));
try {
  ([] as number[]).reduce((a, b) => a + b);
} catch (e) {
  console.log((e as Error).name);
}
console.log(xs.map((x, i) => x * i).filter((v, i) => i > 2).reduce((a, b) => Math.max(a, b)));
