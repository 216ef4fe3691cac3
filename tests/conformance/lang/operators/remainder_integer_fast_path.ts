// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// The % operator on run-time operands: integer and fractional, signed zeros, NaN, infinities, huge magnitudes.

function show(x: number): string {
  if (x === 0 && 1 / x < 0) return '-0';
  return String(x);
}

const values: number[] = [
  0, -0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 1000003, -1000003, 2147483647, -2147483647, 2147483648, -2147483648,
  4294967296, 9007199254740991, -9007199254740991, 9007199254740992, 1e20, -1e20, 0.5, -0.5, 2.5, -7.25,
  NaN, Infinity, -Infinity, 5e-324,
];

let lines = 0;
let checksum = 0;
for (const a of values) {
  const row: string[] = [];
  for (const d of values) {
    const r = a % d;
    row.push(show(r));
    if (r === r) checksum = (checksum * 31 + (r % 1000)) % 1000000007;
  }
  console.log(show(a) + ': ' + row.join(' '));
  lines++;
}
console.log(lines, checksum);

// Compound assignment and a hash loop like the benchmarks'.
let h = 17;
for (let i = 0; i < 1000; i++) {
  h = (h * 7 + i) % 1000003;
  h %= 999983;
}
console.log(h);
let m = -123456789;
m %= 1000;
console.log(show(m), show(-4 % 2), show(4 % -2), show(-0 % 5), show(5 % -0));
