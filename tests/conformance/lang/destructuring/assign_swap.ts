// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring assignment: swaps and rotations through array patterns
let a = 1;
let b = 2;
let c = 3;
[a, b] = [b, a];
console.log(a, b);
[a, b, c] = [c, a, b];
console.log(a, b, c);
const xs = [5, 3, 8, 1];
for (let i = 0; i < xs.length; i++)
  for (let j = 0; j + 1 < xs.length - i; j++)
    if (xs[j] > xs[j + 1]) [xs[j], xs[j + 1]] = [xs[j + 1], xs[j]];
console.log(xs);
let s = "x";
let t = "y";
[s, t] = [t + s, s + t];
console.log(s, t);
