// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView and ArrayBuffer: console.log shows byteLength, byteOffset and buffer contents, including empty and sliced buffers
const buf = new ArrayBuffer(6);
const dv = new DataView(buf, 1, 4);
dv.setUint32(0, 0x01020304);
console.log(dv);
console.log(buf);
console.log(new ArrayBuffer(0), new DataView(new ArrayBuffer(0)));
console.log(buf.slice(2), buf.slice(-1).byteLength);
const big = new ArrayBuffer(60);
new Uint8Array(big).fill(0xab);
console.log(big);
