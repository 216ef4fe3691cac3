// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: float32 and float64 in big- and little-endian, byte images of well-known values
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
const hex = (from: number, n: number): string => Array.from(new Uint8Array(buf, from, n)).map((b) => b.toString(16).padStart(2, "0")).join("");
dv.setFloat64(0, 1);
dv.setFloat64(8, 1, true);
console.log(hex(0, 8), hex(8, 8));
dv.setFloat64(0, -0.1);
console.log(hex(0, 8), dv.getFloat64(0), dv.getFloat64(0, true));
dv.setFloat32(0, 1.5);
dv.setFloat32(4, 1.5, true);
console.log(hex(0, 8), dv.getFloat32(0), dv.getFloat32(4, true), dv.getFloat32(4));
dv.setFloat64(0, NaN);
dv.setFloat64(8, -Infinity);
console.log(hex(0, 8), hex(8, 8), dv.getFloat64(8));
