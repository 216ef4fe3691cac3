// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: several views over one ArrayBuffer share bytes (little-endian host order)
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
const u16 = new Uint16Array(buf);
const u32 = new Uint32Array(buf);
const f64 = new Float64Array(buf);
u32[0] = 0x11223344;
console.log(Array.from(u8).map((b) => b.toString(16)).join(" "), u16[0].toString(16), u16[1].toString(16));
u8[7] = 0x3f;
u8[6] = 0xf0;
console.log(f64[0] !== 0, u32[1].toString(16));
f64[0] = 1;
console.log(Array.from(u8).join(","), buf.byteLength);
const view = new Int16Array(buf, 2, 2);
view[0] = -1;
console.log(view.length, view.byteOffset, u8[2], u8[3], u32[0].toString(16));
