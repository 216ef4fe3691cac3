// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: fractional, NaN and -0 offsets are truncated (ToIndex); negative or past-the-end offsets throw RangeError
const dv = new DataView(new ArrayBuffer(8));
dv.setUint8(1, 0xaa);
dv.setUint8(0, 0x55);
const offs = [1.9, 0.5, -0, NaN, -0.5, 7.99, 8, -1, Infinity, 2 ** 53];
for (const o of offs) {
  try {
    console.log(String(o).padEnd(18), dv.getUint8(o), dv.getInt16(Math.min(o, 6)));
  } catch (e) {
    console.log(String(o).padEnd(18), (e as Error).name, (e as Error).message);
  }
}
try { dv.setFloat64(0.9, 1.25); console.log(dv.getFloat64(0)); } catch (e) { console.log("err"); }
try { dv.setFloat64(0.9 + 1, 1.25); } catch (e) { console.log((e as Error).message); }
