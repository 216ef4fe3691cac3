// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer-looking sums that cross 2^31 and 2^32 must keep the exact double result.

let x: number = 2147483647;
console.log(x + 1, x + x, x * 2, -x - 2);
const a: number = 0x7fffffff | 0;
const b: number = (0x7fffffff | 0) + 1;
console.log(a, b, a + b, (a + b) | 0, (a + b) >>> 0);
let acc: number = 0;
for (let i = 0; i < 70; i++) {
  acc = acc + (0x7fffffff | 0);
}
console.log(acc, acc | 0, acc >>> 0);
let s: number = 0;
for (let i = 2147483640; i < 2147483660; i++) s += i;
console.log(s);
let t: number = -2147483648;
t = t - 1;
console.log(t, t | 0);
let u: number = 4294967295;
u = (u >>> 0) + (u >>> 0);
console.log(u, u >>> 0, u | 0);
let m: number = 65535;
for (let i = 0; i < 4; i++) m = m * 65535;
console.log(m, m | 0, m % 65536);
