// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: byte-level algorithms: CRC-32 of a string and a simple XOR cipher over a Uint8Array
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c;
}
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
console.log(crc32(ascii("The quick brown fox jumps over the lazy dog")).toString(16), crc32(ascii("")).toString(16), crc32(ascii("123456789")).toString(16));
const data = ascii("secret message");
const key = ascii("k3y");
const enc = data.map((b, i) => b ^ key[i % key.length]);
console.log(Array.from(enc.subarray(0, 6)).join(","));
const dec = enc.map((b, i) => b ^ key[i % key.length]);
console.log(String.fromCharCode(...dec));
