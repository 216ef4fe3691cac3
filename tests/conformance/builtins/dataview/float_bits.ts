// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: float bit patterns of specials (NaN, ±Infinity, -0, subnormals, float32 rounding) in both byte orders
const dv = new DataView(new ArrayBuffer(8));
const bits32 = (x: number, le: boolean): string => { dv.setFloat32(0, x, le); return dv.getUint32(0, le).toString(16).padStart(8, "0"); };
const bits64 = (x: number, le: boolean): string => { dv.setFloat64(0, x, le); return dv.getUint32(le ? 4 : 0, le).toString(16).padStart(8, "0") + dv.getUint32(le ? 0 : 4, le).toString(16).padStart(8, "0"); };
const xs = [0, -0, 1, -2, Infinity, -Infinity, NaN, 0.1, 1e-40, 1e-45, 2 ** -149, 3.4028235e38, 1e39, 16777217, 5e-324, Number.MAX_VALUE];
for (const x of xs) console.log(String(x).padEnd(24), bits32(x, false), bits32(x, true), bits64(x, false), bits64(x, true));
dv.setUint32(0, 0x7fc00001);
console.log(dv.getFloat32(0), Number.isNaN(dv.getFloat32(0)));
dv.setUint32(0, 0x00000001);
console.log(dv.getFloat32(0), dv.getFloat32(0, true));
dv.setUint32(0, 0x80000000);
const nz = dv.getFloat32(0);
console.log(nz, 1 / nz);
dv.setUint32(0, 0x3ff00000); dv.setUint32(4, 1);
console.log(dv.getFloat64(0), dv.getFloat64(0) - 1);
