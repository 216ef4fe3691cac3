// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: all nine kinds: BYTES_PER_ELEMENT, length, byteLength and default zero fill
const ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const C of ctors) {
  const a = new C(5);
  console.log(C.name, C.BYTES_PER_ELEMENT, a.length, a.byteLength, a.byteOffset, a[0], a[4], a[5]);
}
