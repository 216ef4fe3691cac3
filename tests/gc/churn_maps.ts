// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Churn: Maps and Sets filled with string keys and string/array values, then dropped.
const UNIT_BYTES = 2; // a UTF-16 code unit: a lower bound for a string's size
let total = 0;
let acc = 0;
for (let round = 0; round < 2800; round++) {
  const m = new Map<string, string>();
  const rows = new Map<number, number[]>();
  const seen = new Set<string>();
  for (let i = 0; i < 100; i++) {
    const key = 'k' + ((i * 7 + round) % 80);
    m.set(key, String.fromCharCode(65 + (i % 26)).repeat(400));
    rows.set(i % 50, [i, round]);
    seen.add(key);
  }
  total += 100 * 400 * UNIT_BYTES;
  for (const [k, v] of m) acc = (acc + k.length + v.length + v.charCodeAt(round % 400)) % 1000003;
  for (const [k, r] of rows) acc = (acc + k + r[0] + r[1]) % 1000003;
  acc = (acc + m.size + rows.size + seen.size) % 1000003;
}
console.log('acc ' + acc);
console.log('bytes>=' + total);
