// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// x % c === 0 and its variants (!==, ==, !=, either side, parenthesised) over integers, -0, fractions, NaN, infinities and values beyond 2^53
const values: number[] = [
  0, -0, 1, -1, 2, -2, 3, -3, 6, -6, 7, 2.5, -2.5, 4.0000001, 1e-300, NaN, Infinity, -Infinity,
  2 ** 31, -(2 ** 31), 2 ** 31 + 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 60, 2 ** 60 + 4096, 1e21, 1e300, 0.5e-323,
  4294967295, 4294967296, 9007199254740991, -9007199254740991,
];
const rows: string[] = [];
for (const x of values) {
  const flags = [
    x % 2 === 0, x % 2 !== 0, 0 === x % 3, (x % 7) == 0, 0 != (x % 1), x % 2147483648 === 0,
    x % 5 !== 0, x % 4096 === 0, x % 3 === -0,
  ];
  rows.push(String(x) + ' ' + flags.map((f) => (f ? 'T' : 'f')).join(''));
}
console.log(rows.join('\n'));

// Inside loops and conditions, with the dividend computed and changing.
let evens = 0;
let thirds = 0;
let n = 27;
let steps = 0;
while (n !== 1) {
  if (n % 2 === 0) {
    n = n / 2;
    evens++;
  } else n = 3 * n + 1;
  if (n % 3 !== 0) thirds++;
  steps++;
}
console.log(steps, evens, thirds);

let big = 2 ** 52 + 1;
const seen: boolean[] = [];
for (let i = 0; i < 6; i++) {
  seen.push(big % 2 === 0, (big * 3) % 4 != 0);
  big = big * 3 + 1;
}
console.log(seen.join(','));

let f = 0.1;
let count = 0;
for (let i = 0; i < 50; i++) {
  if ((f * 10) % 1 === 0) count++;
  f += 0.1;
}
console.log(count);

// Dividends that are not plain numbers until converted, and side effects evaluated once.
const u: unknown = 12;
let calls = 0;
function next(): number {
  calls++;
  return calls * 5;
}
console.log((u as number) % 4 === 0, next() % 5 === 0, next() % 3 !== 0, calls);
