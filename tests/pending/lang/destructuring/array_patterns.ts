// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: array patterns with holes, defaults, rest elements and swaps
const [a, , c, ...rest] = [1, 2, 3, 4, 5];
console.log(a, c, rest);
const [x = 10, y = 20, z = 30] = [undefined, null, 0] as Array<number | null | undefined>;
console.log(x, y, z);
let p = 1;
let q = 2;
[p, q] = [q, p];
console.log(p, q);
const [first, ...others] = "héllo";
console.log(first, others.join("-"));
const [[n1, n2], [n3]] = [[1, 2], [3, 4]];
console.log(n1 + n2 + n3);
const [e1, e2] = [] as number[];
console.log(e1, e2);
