// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Churn: long strings built by appending and prepending (with forks of a shared prefix), checked and dropped.
const UNIT_BYTES = 2; // a UTF-16 code unit: a built string takes at least this per unit
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let total = 0;
let hash = 0;
let kept: string[] = [];
for (let round = 0; round < 6000; round++) {
  let s = '';
  let piece = 'r' + round + ':';
  for (let i = 0; i < 300; i++) {
    s += i % 15 === 0 ? piece + i : ALPHABET.slice(i % 50);
    if (i % 75 === 0) piece = '<' + piece;
  }
  const fork = s + '#' + (round % 7);
  let front = 'end';
  for (let i = 0; i < 40; i++) front = String.fromCharCode(65 + ((round + i) % 26)) + front;
  total += (s.length + fork.length + front.length) * UNIT_BYTES;
  hash = (hash * 31 + s.charCodeAt(round % s.length) + fork.charCodeAt(fork.length - 1) + front.charCodeAt(round % 40)) % 1000003;
  if (round % 100 === 0) {
    kept.push(fork.slice(-8));
    if (kept.length > 8) kept = kept.slice(1);
  }
}
console.log('hash ' + hash + ' kept ' + kept.join(','));
console.log('bytes>=' + total);
