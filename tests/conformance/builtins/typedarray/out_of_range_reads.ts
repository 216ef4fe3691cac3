// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: reads outside the elements are undefined where the program can tell, NaN where it converts to a number
const a = new Int32Array([10, 20, 30]);
console.log(a[3], a[-1], a[1.5], a[NaN], a[2]);
console.log(`at 7: ${a[7]}, at 0: ${a[0]}`);
console.log("x" + a[5], a[5] + "y", a[1] + "y");
console.log(a[3] === undefined, a[0] === undefined, a[3] !== undefined);
console.log(a[9] ?? -1, a[1] ?? -1);
console.log(a[3] + 1, a[3] * 2, a[3] | 0, a[3] > 0, a[3] < 0, -a[3], a[3] - a[0]);
console.log(Math.max(a[4], 1), Math.floor(a[8]));
const b = new Float64Array(2);
b[0] = a[10];
b[1] = a[2];
console.log(b[0], b[1]);
let sum = 0;
for (let i = 0; i <= a.length; i++) sum += a[i] | 0;
console.log(sum);
console.log(a[3] || 42, a[0] || 42);
console.log(String(a[11]));
