// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: numeric arrays of 6, 7 and more items are grouped into right-aligned columns depending on item widths
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 22, 333, 4444, 55555, 666666, 7777777]);
console.log([-1, 2, -3, 4, -5, 6, -7, 8]);
console.log([0.5, 1.25, 100, -0.125, 3, 42, 1e21, 7, 8, 9]);
for (const n of [7, 12, 16, 25, 30, 50, 64]) console.log(Array.from({ length: n }, (_, i) => (i * 37) % 101));
console.log(Array.from({ length: 20 }, (_, i) => 2 ** i));
console.log(Array.from({ length: 30 }, (_, i) => i / 8));
console.log(Array.from({ length: 9 }, (_, i) => (i % 3 === 0 ? 123456789 : i)));
console.log({ inner: Array.from({ length: 15 }, (_, i) => i * i) });
console.log([[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14, 15]]);
console.log([NaN, Infinity, -Infinity, -0, 0, 1, 2]);
