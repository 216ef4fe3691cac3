// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Uint8Array to base64 and back, with padding, over byte views of a buffer
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function encode(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((i + 1 < bytes.length ? bytes[i + 1] : 0) << 8) | (i + 2 < bytes.length ? bytes[i + 2] : 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}
function decode(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | Math.max(lookup[s.charCodeAt(i + k)], 0);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  return out;
}
function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
for (const s of ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."]) {
  const e = encode(ascii(s));
  console.log(JSON_q(s), e, String.fromCharCode(...decode(e)) === s);
}
function JSON_q(s: string): string {
  return "'" + s + "'";
}
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = 255 - i;
const enc = encode(all);
console.log(enc.length, enc.slice(0, 24), decode(enc).join(",") === all.join(","));
const words = new Uint32Array([0x01020304, 0xfffefdfc]);
console.log(encode(new Uint8Array(words.buffer)), encode(new Uint8Array(words.buffer, 2, 4)));
