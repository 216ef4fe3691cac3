// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: set copies from arrays and typed arrays at an offset, converting values; overflow throws RangeError
const a = new Int16Array(6);
a.set([1, 2, 3]);
a.set(new Float64Array([70000.7, -1.5]), 4);
console.log(Array.from(a).join(","));
const u8 = new Uint8Array(4);
u8.set(new Int8Array([-1, -128, 127]), 1);
console.log(Array.from(u8).join(","));
try {
  u8.set([1, 2, 3], 2);
} catch (e) {
  console.log((e as Error).name);
}
const overlap = new Uint8Array([1, 2, 3, 4, 5]);
overlap.set(overlap.subarray(0, 3), 2);
console.log(Array.from(overlap).join(","));
