// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Comparisons between integer-valued and fractional or special numbers.

const ints: number[] = [-3, -1, 0, 1, 2147483647, 4294967295];
const others: number[] = [-0, 0.5, -0.5, NaN, Infinity, -Infinity, 2147483647.5, 4294967295];
for (const a of ints) {
  let row: string = '';
  for (const b of others) row += [a < b, a <= b, a > b, a >= b, a === b, a !== b].map((v) => (v ? '1' : '0')).join('') + ' ';
  console.log(a, row);
}
let i: number = 0;
let hits: number = 0;
while (i !== 10) {
  i++;
  if ((i | 0) === i && (i & 1) === 1) hits++;
}
console.log(hits, -0 === 0, (0 | 0) === -0, (-1 >>> 0) === 4294967295, (-1 | 0) === -1);
