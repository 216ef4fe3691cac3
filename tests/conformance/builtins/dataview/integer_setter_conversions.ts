// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: integer setters take ToInt32/ToUint of NaN, infinities, fractions, 2^32+1 and negatives for every width
const dv = new DataView(new ArrayBuffer(8));
const inputs = [NaN, Infinity, -Infinity, 1.9, -1.9, 2 ** 32 + 1, -1, 128, 256, 32768, 65536, 2 ** 31, -(2 ** 31) - 1, 1e20];
for (const x of inputs) {
  dv.setInt8(0, x); const a = dv.getInt8(0);
  dv.setUint8(0, x); const b = dv.getUint8(0);
  dv.setInt16(0, x, true); const c = dv.getInt16(0, true);
  dv.setUint16(0, x); const d = dv.getUint16(0);
  dv.setInt32(0, x); const e = dv.getInt32(0);
  dv.setUint32(0, x, true); const f = dv.getUint32(0, true);
  dv.setFloat32(0, x); const g = dv.getFloat32(0);
  console.log(String(x).padEnd(12), a, b, c, d, e, f, g);
}
