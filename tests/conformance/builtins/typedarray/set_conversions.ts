// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: set converts between element types, handles overlapping views of one buffer, and throws RangeError when the source does not fit
const buf = new ArrayBuffer(16);
const u8 = new Uint8Array(buf);
const u16 = new Uint16Array(buf);
for (let i = 0; i < 8; i++) u16[i] = 0x0101 * (i + 1);
console.log(u8.join(","));
u16.set(u8.subarray(0, 4), 4);
console.log(u16.join(","));
const i8 = new Int8Array(6);
i8.set([127, 128, 255, -129, 1.9]);
console.log(i8.join(","));
const f32 = new Float32Array(4);
f32.set(new Float64Array([0.1, 1e40, -0]), 1);
console.log(f32.join(","));
const over = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
over.set(over.subarray(2, 6), 0);
console.log(over.join(","));
over.set(over.subarray(0, 4), 3);
console.log(over.join(","));
for (const [src, off] of [[[1, 2, 3], 6], [[1], 8], [[], 8], [[1], -1]] as [number[], number][]) {
  try {
    over.set(src, off);
    console.log("ok", off, over.join(","));
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
