// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// checksums over Uint8Array: CRC-32 (table in a Uint32Array), Adler-32 and Fletcher-16
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c;
}
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
function fletcher16(data: Uint8Array): number {
  const sums = new Uint16Array(2);
  for (const x of data) {
    sums[0] = (sums[0] + x) % 255;
    sums[1] = (sums[1] + sums[0]) % 255;
  }
  return (sums[1] << 8) | sums[0];
}
function bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
for (const s of ["", "a", "abc", "123456789", "Wikipedia", "The quick brown fox jumps over the lazy dog"]) {
  const d = bytes(s);
  console.log(JSON_like(s), crc32(d).toString(16).padStart(8, "0"), adler32(d).toString(16), fletcher16(d));
}
function JSON_like(s: string): string {
  return '"' + s + '"';
}
const big = new Uint8Array(100000);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
console.log(crc32(big), adler32(big), crc32(big.subarray(500, 1500)));
console.log(table[1].toString(16), table[255].toString(16), table.length);
