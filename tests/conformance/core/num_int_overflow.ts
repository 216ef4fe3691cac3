// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// integer-looking arithmetic must not wrap at 32 bits: counters across 2^31, products, negation giving -0
let i: number = 2147483645;
for (let k = 0; k < 5; k++) {
  console.log(i, i + 1, i * 2);
  i++;
}
let j: number = -2147483646;
for (let k = 0; k < 4; k++) {
  j--;
  console.log(j, -j, j - 1);
}
let u: number = 4294967293;
for (let k = 0; k < 5; k++) {
  u += 1;
  console.log(u, u | 0, u >>> 0);
}
console.log(46341 * 46341, 65536 * 65536, 65535 * 65537, -46341 * 46341);
let m: number = -2147483648;
console.log(-m, m - 1, m * -1, m / -1, m % -1, (m % -1) === 0);
let z: number = 0;
z = -z;
console.log(z, 0 * -7, -7 * 0, -3 % 3, 3 % -3);
let q: number = 7;
console.log(q / 2, -q / 2, q / -2, 1 / (q - q), 1 / (q * 0 * -1));
let acc: number = 1;
for (let k = 0; k < 40; k++) acc = acc * 3;
console.log(acc, acc % 1000, acc + 1 - acc);
let s: number = 0;
for (let k = 0; k < 100000; k++) s += k * k;
console.log(s);
