// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// ArrayBuffer: zero-filled, byteLength, slice copies with relative bounds, views over slices
const buf = new ArrayBuffer(10);
console.log(buf.byteLength, new Uint8Array(buf).join(""));
const bytes = new Uint8Array(buf);
for (let i = 0; i < bytes.length; i++) bytes[i] = i + 1;
const s1 = buf.slice(2, 5);
const s2 = buf.slice(-3);
const s3 = buf.slice(6, 2);
const s4 = buf.slice();
console.log(s1.byteLength, new Uint8Array(s1).join(","), new Uint8Array(s2).join(","), s3.byteLength, s4.byteLength);
new Uint8Array(s4)[0] = 99;
console.log(bytes[0], new Uint8Array(s4)[0], s4 === buf);
console.log(new ArrayBuffer(0).byteLength, new ArrayBuffer(3.9).byteLength, new Uint8Array(new ArrayBuffer(0)).length);
const big = new ArrayBuffer(1 << 20);
const words = new Uint32Array(big);
words[words.length - 1] = 0xdeadbeef;
console.log(big.byteLength, words.length, new Uint8Array(big)[(1 << 20) - 1].toString(16));
try {
  new ArrayBuffer(-1);
} catch (e) {
  console.log((e as Error).name);
}
