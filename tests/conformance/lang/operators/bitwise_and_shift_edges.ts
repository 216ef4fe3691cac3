// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// operators: ToInt32 wrapping, shifts by masked counts, >>> on negatives, bitwise on fractions, NaN and Infinity
const vals = [0, 1, -1, 2147483647, 2147483648, -2147483649, 4294967295, 4294967296, 3.9, -3.9, 1e20, NaN, Infinity, -Infinity];
for (const n of vals) {
  console.log(n, n | 0, ~n, n >> 1, n >>> 0, n << 1, n & 0xff, n ^ -1);
}
const shifts = [0, 1, 31, 32, 33, -1, 64];
for (const s of shifts) console.log("shift", s, 1 << s, -8 >> s, -8 >>> s);
let h = 0;
for (const ch of "hello world") h = (h * 31 + ch.charCodeAt(0)) | 0;
console.log("hash", h, h >>> 0, (h >>> 0).toString(16));
let m = 0x12345678;
m = ((m & 0xff) << 24) | ((m & 0xff00) << 8) | ((m >>> 8) & 0xff00) | (m >>> 24);
console.log(m, (m >>> 0).toString(16));
let cnt = 0;
let bits = 0b1011_0110;
while (bits) {
  bits &= bits - 1;
  cnt++;
}
console.log("popcount", cnt, 0o17, 0xFF, 1_000_000);
let z = 5;
z <<= 3;
z >>= 1;
z >>>= 1;
z |= 1;
z &= 0xF;
z ^= 0b1010;
console.log(z);
