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
if (a[3]) console.log("truthy");
else console.log("falsy past the end");
let j = 0;
while (a[j]) j++;
console.log(j, a[5] ? "yes" : "no", a[0] ? "yes" : "no", !a[9], !a[1]);
for (let k = 0; a[k]; k++) console.log("elem", k);
const lines = new Uint8Array([104, 10, 105, 10]);
let nl = 0;
for (let k = 0; k < 6; k++) if (lines[k] === 10) nl++;
console.log(nl, lines[4] === 10, lines[4] !== 10, lines[9] === lines[8], lines[0] === lines[0], lines[1] == 10, lines[7] != 10);
const n: number = 3;
console.log(lines[n + 2] === undefined, lines[n] === n + 7);
