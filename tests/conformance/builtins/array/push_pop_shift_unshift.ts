// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: push/pop/shift/unshift return values and effects, including on empty arrays
const a: number[] = [];
console.log(a.push(1), a.push(2, 3), a.unshift(0), a.unshift(-2, -1), a);
console.log(a.pop(), a.shift(), a, a.length);
const e: string[] = [];
console.log(e.pop(), e.shift(), e.length);
const q: number[] = [];
for (let i = 0; i < 1000; i++) q.push(i);
let sum = 0;
while (q.length > 0) sum += q.shift()!;
console.log(sum);
