// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: comma operator in for headers and expressions evaluates left to right and yields the last value
let a = 0;
let b = 0;
const r = ((a += 1), (b += 10), a + b);
console.log(r, a, b);
const pairs: string[] = [];
for (let i = 0, j = 10; i < j; i += 3, j -= 2) pairs.push(i + ":" + j);
console.log(pairs.join(" "));
let x = 1;
const y = (x++, x++, x);
console.log(x, y);
