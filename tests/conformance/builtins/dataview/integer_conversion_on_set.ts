// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView setters convert like typed arrays: modulo 2^n for integers, NaN and infinities to 0, fractions truncated
const dv = new DataView(new ArrayBuffer(4));
const vals = [256, -1, 1.9, -1.9, NaN, Infinity, -Infinity, 2 ** 32 + 5, 65536 + 7, -32769, 2 ** 31, 1e20];
for (const v of vals) {
  dv.setUint8(0, v);
  const u8 = dv.getUint8(0);
  dv.setInt8(0, v);
  const i8 = dv.getInt8(0);
  dv.setUint16(0, v);
  const u16 = dv.getUint16(0);
  dv.setInt16(0, v, true);
  const i16 = dv.getInt16(0, true);
  dv.setUint32(0, v);
  const u32 = dv.getUint32(0);
  dv.setInt32(0, v, true);
  const i32 = dv.getInt32(0, true);
  console.log(v, u8, i8, u16, i16, u32, i32);
}
