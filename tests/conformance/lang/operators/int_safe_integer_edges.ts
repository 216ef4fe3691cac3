// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer arithmetic near 2^53, where doubles start rounding.

let x: number = 2 ** 53 - 2;
x++;
x++;
x++;
console.log(x, x + 1, x - 1, x % 2, Number.isSafeInteger(x));
let y: number = -(2 ** 53) + 2;
y--;
y--;
y--;
console.log(y, y % 3);
const big: number = 94906267;
console.log(big * big, (big * big) % 10, big * big - 1);
let f: number = 1;
for (let i = 1; i <= 25; i++) f = f * i;
console.log(f, f % 1000007);
let h: number = 2166136261;
for (let i = 0; i < 10; i++) h = (h * 16777619) % 4294967296;
console.log(h);
let m: number = 0xffffffff;
m = m * 0xffffffff;
console.log(m, m % 65536, m | 0);
