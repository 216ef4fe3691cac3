// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: views with byteOffset/byteLength, and RangeError on out-of-bounds access
const buf = new ArrayBuffer(10);
const dv = new DataView(buf, 2, 6);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf);
dv.setUint32(0, 0xdeadbeef);
console.log(Array.from(new Uint8Array(buf)).map((b) => b.toString(16)).join(","));
for (const f of [() => dv.getUint32(3), () => dv.getUint8(6), () => dv.setInt16(5, 1), () => dv.getUint8(-1), () => dv.getUint16(4)]) {
  try {
    console.log("ok", f());
  } catch (e) {
    console.log((e as Error).name);
  }
}
