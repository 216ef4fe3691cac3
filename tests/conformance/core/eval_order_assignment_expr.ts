// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// assignments used as expressions: chained, in conditions and arguments
let a: number;
let b: number;
let c: number;
a = b = c = 7;
console.log(a, b, c);
let x: number = 0;
console.log((x = 3) + x, x);
let s: string;
let t: string;
s = t = "same";
console.log(s, t, s === t);
let seed: number = 12345;
function nextRand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % 10;
}
let v: number;
let count: number = 0;
while ((v = nextRand()) !== 0) {
  count++;
}
console.log("iterations before 0:", count, "v", v, "seed", seed);
let flag: boolean;
if ((flag = count > 3)) {
  console.log("flag set", flag);
}
function id(n: number): number {
  return n;
}
let y: number = 1;
console.log(id((y = y * 10)), id((y += 5)), y);
