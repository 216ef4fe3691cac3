// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring assignment: properties and elements as targets, value of the expression
interface Vec { x: number; y: number }
const v: Vec = { x: 0, y: 0 };
const arr = [0, 0, 0];
[v.x, v.y] = [3, 4];
console.log(v);
({ x: arr[0], y: arr[2] } = v);
console.log(arr);
let i = 0;
[arr[i++], arr[i++]] = [9, 8];
console.log(arr, i);
const result = ([v.y, v.x] = [10, 20]);
console.log(result, v);
let m = 0;
let n = 0;
({ x: m, y: n } = { x: 7, y: 8 });
console.log(m + n);
