// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Churn: strings built by concatenation, slicing and repeat, then dropped.
const UNIT_BYTES = 2; // a UTF-16 code unit: a lower bound for a string's size
let total = 0;
let hash = 0;
for (let round = 0; round < 13000; round++) {
  let s = '';
  for (let i = 0; i < 40; i++) {
    s = s + 'item' + (round + i) + ';';
    total += s.length * UNIT_BYTES;
  }
  const r = s.slice(5, 200).toUpperCase() + 'x'.repeat(500);
  total += (195 + 195 + 500 + 695) * UNIT_BYTES;
  hash = (hash * 31 + r.charCodeAt(round % r.length) + s.length) % 1000003;
}
console.log('hash ' + hash);
console.log('bytes>=' + total);
