// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: views at offsets share a buffer with typed arrays of several kinds; writes through one are read through the others
const buf = new ArrayBuffer(24);
const u8 = new Uint8Array(buf);
const dv = new DataView(buf, 8, 12);
const f64 = new Float64Array(buf, 16, 1);
const i32 = new Int32Array(buf, 0, 2);
dv.setFloat64(8, 2.5, true);
console.log(f64[0], u8.slice(16, 24).join(","));
dv.setFloat64(8, 2.5);
console.log(f64[0], dv.getFloat64(8), dv.getFloat64(8, true));
i32[1] = -2;
console.log(u8.slice(4, 8).join(","));
const dv0 = new DataView(buf);
console.log(dv0.getInt32(4, true), dv0.getInt32(4), dv0.getUint16(6, true));
dv.setUint32(0, 0xcafebabe);
console.log(u8.slice(8, 12).join(","), new Uint32Array(buf, 8, 1)[0].toString(16), dv0.getUint32(8).toString(16));
u8.fill(0x80, 12, 20);
console.log(dv.getInt8(4), dv.getInt16(4), dv.getInt32(4), dv.getUint32(4, true), dv.getFloat32(4));
console.log(dv.byteOffset, dv.byteLength, dv.buffer.byteLength, new DataView(buf, 24).byteLength);
const sliced = buf.slice(8, 12);
console.log(new DataView(sliced).getUint32(0).toString(16), sliced.byteLength);
