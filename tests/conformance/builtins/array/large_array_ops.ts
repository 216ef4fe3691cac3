// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: operations on a large array: push 100000 numbers, sum, filter count, indexOf near the end
const n = 100000;
const xs: number[] = [];
for (let i = 0; i < n; i++) xs.push((i * 7919) % 10007);
let sum = 0;
for (const x of xs) sum += x;
console.log(xs.length, sum, xs.filter((x) => x < 100).length, xs.indexOf(xs[n - 1]), xs.lastIndexOf(0));
const sorted = xs.slice().sort((a, b) => a - b);
console.log(sorted[0], sorted[n - 1], sorted[n >> 1]);
