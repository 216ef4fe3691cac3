// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: prefix and postfix ++/-- on locals, array elements and properties, with values used in expressions
let i = 5;
const a = i++;
const b = ++i;
const c = i--;
const d = --i;
console.log(a, b, c, d, i);
const xs = [1, 2, 3];
let k = 0;
xs[k++]++;
xs[++k]--;
console.log(xs, k);
const o = { count: 0 };
console.log(o.count++, o.count, ++o.count, o.count--, o.count);
let f = 0.5;
f++;
console.log(f, f-- + f--, f);
let n = NaN;
n++;
console.log(n);
let big = 2 ** 53;
big++;
console.log(big, big === 2 ** 53);
