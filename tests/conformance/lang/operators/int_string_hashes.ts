// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String hashing with charCodeAt and 32-bit wraparound.

function hash1(s: string): number {
  let h: number = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
function hash2(s: string): number {
  let h: number = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function hash3(s: string): number {
  let h: number = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) >>> 0;
  return h;
}
const words: string[] = ['', 'a', 'hello', 'The quick brown fox jumps over the lazy dog', 'ünïcödé', '\uffff\uffff\uffff'];
for (const w of words) console.log(JSON.stringify(w), hash1(w), hash2(w), hash3(w), hash1(w) % 17, hash2(w) % 17);
console.log('abc'.charCodeAt(5), 'abc'.charCodeAt(1) % 2, 'abc'.charCodeAt(-1) | 0);
