// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView over part of a buffer: offsets are relative to the view, writes show through typed array views of the same buffer
const buf = new ArrayBuffer(16);
const all = new Uint8Array(buf);
const dv = new DataView(buf, 4, 8);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf, dv.buffer.byteLength);
dv.setUint32(0, 0x11223344);
dv.setUint32(4, 0x11223344, true);
console.log(all.join(","));
const words = new Uint32Array(buf);
console.log(words[1].toString(16), words[2].toString(16));
const sub = all.subarray(6, 10);
const dv2 = new DataView(sub.buffer, sub.byteOffset, sub.byteLength);
console.log(dv2.getUint16(0).toString(16), dv2.getUint16(2, true).toString(16), dv2.byteOffset);
dv2.setUint8(3, 0xff);
console.log(all[9], dv.getUint8(5));
const tail = new DataView(buf, 12);
tail.setFloat32(0, 0.1);
console.log(tail.byteLength, tail.getFloat32(0), all.subarray(12).join(","));
