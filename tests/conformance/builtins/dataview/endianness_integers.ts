// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: integer getters and setters in both byte orders, signed and unsigned
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
console.log(Array.from(bytes.subarray(0, 4)).map((b) => b.toString(16)).join(" "));
console.log(dv.getUint16(0).toString(16), dv.getUint16(0, true).toString(16), dv.getInt16(2, true));
dv.setInt32(4, -2);
console.log(dv.getInt32(4), dv.getUint32(4), dv.getInt32(4, true), dv.getUint32(4, true).toString(16));
dv.setInt8(0, -1);
console.log(dv.getUint8(0), dv.getInt8(0), dv.getInt16(0), dv.getUint16(0, true));
