// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// for-of over arrays and strings (by code points), with break, continue and labels
const xs: number[] = [3, 1, 4, 1, 5, 9, 2, 6];
let sum: number = 0;
for (const x of xs) {
  if (x === 1) continue;
  if (x === 9) break;
  sum += x;
}
console.log(sum);
let chars: string = "";
for (const ch of "héllo 😀!") chars += "[" + ch + "]";
console.log(chars);
const grid: number[][] = [[1, 2], [3, 4], [5, 6]];
outer: for (const row of grid) {
  for (const v of row) {
    if (v === 4) continue outer;
    if (v === 6) break outer;
    console.log("v", v);
  }
}
for (const [i, v] of ["a", "b"].entries()) console.log(i, v);
const m = new Map<string, number>([["x", 1], ["y", 2]]);
for (const [k, v] of m) console.log(k, v);
console.log(xs.length, xs.indexOf(5), xs.slice(2, 4).join("-"), [...xs].sort((a, b) => a - b).join(""));
