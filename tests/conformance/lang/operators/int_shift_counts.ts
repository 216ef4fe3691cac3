// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Shift counts are taken mod 32; shifting negatives and by large or negative counts.

const counts: number[] = [0, 1, 5, 31, 32, 33, 63, 64, -1, -31, 100, 2.7, NaN];
for (const c of counts) {
  console.log(c, 1 << c, -1 << c, 0x40000000 << c, -8 >> c, -8 >>> c, 12345 >> c);
}
let v: number = 1;
for (let i = 0; i < 35; i++) {
  v = v << 1;
  if (i > 28) console.log(i, v, v >>> 0);
}
let n: number = -2147483648;
for (let i = 0; i < 3; i++) {
  n = n >> 1;
  console.log(n, n >>> 1);
}
