// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: every get/set pair in both byte orders, with the bytes each writes
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
function hex(): string {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
dv.setInt8(0, -2);
dv.setUint8(1, 0xab);
console.log(hex(), dv.getInt8(0), dv.getUint8(0), dv.getInt8(1), dv.getUint8(1));
for (const little of [false, true]) {
  bytes.fill(0);
  dv.setInt16(0, -12345, little);
  dv.setUint16(2, 54321, little);
  dv.setInt32(4, -19088744, little);
  console.log(little, hex(), dv.getInt16(0, little), dv.getUint16(2, little), dv.getInt32(4, little), dv.getUint32(4, little));
  console.log("  swapped", dv.getInt16(0, !little), dv.getUint16(2, !little), dv.getInt32(4, !little), dv.getUint32(4, !little));
  dv.setUint32(0, 0xcafebabe, little);
  dv.setFloat32(4, -2.75, little);
  console.log("  ", hex(), dv.getUint32(0, little).toString(16), dv.getFloat32(4, little), dv.getFloat32(4, !little));
  dv.setFloat64(0, Math.PI, little);
  console.log("  ", hex(), dv.getFloat64(0, little), dv.getUint8(0));
}
