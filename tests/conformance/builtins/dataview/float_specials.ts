// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView floats: NaN, infinities, -0, subnormals and float32 rounding in both byte orders
const dv = new DataView(new ArrayBuffer(8));
const bytes = new Uint8Array(dv.buffer);
const hex = () => Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join(" ");
for (const x of [NaN, Infinity, -Infinity, -0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1]) {
  dv.setFloat64(0, x);
  const be = hex();
  dv.setFloat64(0, x, true);
  console.log(x, be, "|", hex(), 1 / dv.getFloat64(0, true));
}
for (const x of [0.1, 1e-45, 1e-46, 3.4028235e38, 3.5e38, -0, 16777217]) {
  dv.setFloat32(0, x);
  dv.setFloat32(4, x, true);
  console.log(x, dv.getFloat32(0), dv.getFloat32(4, true), hex());
}
