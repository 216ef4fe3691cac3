// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: every width set big-endian and read both ways, set little-endian and read both ways, bytes shown in hex
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
const hex = (n: number): string => Array.from(bytes.subarray(0, n)).map((b) => b.toString(16).padStart(2, "0")).join("");
function reset(): void { bytes.fill(0); }
for (const le of [false, true]) {
  console.log("littleEndian", le);
  reset(); dv.setInt8(0, -2); console.log("i8", hex(1), dv.getInt8(0), dv.getUint8(0));
  reset(); dv.setUint8(0, 0x1ff); console.log("u8", hex(1), dv.getUint8(0), dv.getInt8(0));
  reset(); dv.setInt16(0, -300, le); console.log("i16", hex(2), dv.getInt16(0, le), dv.getInt16(0, !le), dv.getUint16(0, le), dv.getUint16(0, !le));
  reset(); dv.setUint16(0, 0xabcd, le); console.log("u16", hex(2), dv.getUint16(0, le), dv.getUint16(0, !le), dv.getInt16(0, le));
  reset(); dv.setInt32(0, -123456789, le); console.log("i32", hex(4), dv.getInt32(0, le), dv.getInt32(0, !le), dv.getUint32(0, le));
  reset(); dv.setUint32(0, 0xdeadbeef, le); console.log("u32", hex(4), dv.getUint32(0, le), dv.getUint32(0, !le), dv.getInt32(0, le));
  reset(); dv.setFloat32(0, -1.5, le); console.log("f32", hex(4), dv.getFloat32(0, le), dv.getFloat32(0, !le), dv.getUint32(0, le).toString(16));
  reset(); dv.setFloat64(0, Math.PI, le); console.log("f64", hex(8), dv.getFloat64(0, le), dv.getFloat64(0, !le), dv.getUint32(0, le).toString(16), dv.getUint32(4, le).toString(16));
}
reset();
dv.setUint32(1, 0x01020304);
console.log(hex(6), dv.getUint16(2), dv.getUint16(2, true), dv.getUint32(0).toString(16), dv.getFloat32(1));
