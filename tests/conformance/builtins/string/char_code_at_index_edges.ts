// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// charCodeAt at fractional, negative, -0, NaN, infinite and out-of-range indices, on a literal and on strings built by concatenation
function probe(s: string): string {
  const n = s.length;
  const indices: number[] = [-1, -0.5, -0, 0, 0.5, 0.99, 1.5, n - 1, n - 0.5, n, n + 0.5, NaN, Infinity, -Infinity, 2 ** 32, 2 ** 32 + 1, 1e300];
  const out: string[] = [];
  for (const i of indices) out.push(String(s.charCodeAt(i)));
  return out.join(' ');
}
let built = 'x';
for (let k = 0; k < 5; k++) built = built + String.fromCharCode(0x41 + k) + '\u00e9';
console.log(probe('hello'));
console.log(probe(built));
console.log(probe(built + '\ud83d\ude00'));
console.log(probe(''));
let sum = 0;
for (let i = 0; i < built.length; i += 0.75) sum += built.charCodeAt(i);
console.log(sum);
