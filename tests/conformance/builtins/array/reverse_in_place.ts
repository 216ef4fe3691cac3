// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: reverse mutates in place and returns the same array
const a = [1, 2, 3, 4];
const r = a.reverse();
console.log(a, r === a);
const b = ["x"];
console.log(b.reverse(), [].reverse());
const c = [1, 2, 3, 4, 5];
c.slice(1, 4).reverse();
console.log(c);
