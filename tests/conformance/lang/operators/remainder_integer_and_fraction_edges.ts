// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// The % operator: integer operands (signs, -0, near 2^53, large quotients), fractions, zero, NaN and infinities
const show = (x: number): string => (x === 0 && 1 / x < 0 ? "-0" : String(x));
const xs: number[] = [0, -0, 1, -1, 7, -7, 13, -13, 2147483646, -2147483647, 66571993087, 9007199254740991, -9007199254740991,
  9007199254740992, 9007199254740993, 1e17, -1e17, 1.5, -2.5, 0.1, 5e-324, 1e308, Infinity, -Infinity, NaN];
const ys: number[] = [1, -1, 2, -2, 3, 7, -7, 2147483647, 4294967296, 9007199254740991, 9007199254740992,
  0.5, -0.75, 0.1, 5e-324, 0, -0, Infinity, -Infinity, NaN, 1e300];
for (const x of xs) {
  const row: string[] = [];
  for (const y of ys) row.push(show(x % y));
  console.log(show(x) + ":", row.join(" "));
}
// Hash-style loops: big intermediate values reduced by a large modulus.
let h = 7;
for (let i = 0; i < 100000; i++) h = (h * 31 + (i % 251)) % 2147483647;
console.log(h);
let seed = 42;
let sum = 0;
for (let i = 0; i < 10000; i++) {
  seed = (seed * 16807) % 2147483647;
  sum += seed % 97 - (-seed % 13);
}
console.log(seed, sum);
// Negative dividends with exact multiples give -0; compound assignment too.
let z = -12;
z %= 4;
console.log(show(z), show(-6 % 3), show(-6 % -3), show(6 % -3), show(-0 % 1), show(-3.5 % 3.5));
let w = 17.25;
w %= 4;
console.log(w, -17.25 % 4, 17 % 4.5, 2 ** 60 % 7, -(2 ** 60) % 10, (2 ** 53 - 2) % (2 ** 52 + 1));
