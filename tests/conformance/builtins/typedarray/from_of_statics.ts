// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: XArray.from (arrays, typed arrays, a map function), XArray.of, BYTES_PER_ELEMENT, ArrayBuffer.isView
console.log(Int8Array.BYTES_PER_ELEMENT, Uint8Array.BYTES_PER_ELEMENT, Uint8ClampedArray.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT);
console.log(Uint16Array.BYTES_PER_ELEMENT, Int32Array.BYTES_PER_ELEMENT, Uint32Array.BYTES_PER_ELEMENT, Float32Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT);
const a = new Float64Array(3);
console.log(a.BYTES_PER_ELEMENT, a.byteLength, new Int16Array(5).byteLength);
console.log(Uint8Array.from([1, 256, -1, 3.7]).join(","));
console.log(Int16Array.from([1, 2, 3], (x, i) => x * 1000 * (i + 30)).join(","));
console.log(Float32Array.from(new Int8Array([-1, 5])).join(","), Uint8Array.from(new Float64Array([300.5])).join(","));
console.log(Uint32Array.of(1, -1, 2 ** 32 + 2).join(","), Float64Array.of().length, Int8Array.of(0.9, -0.9).join(","));
console.log(ArrayBuffer.isView(a), ArrayBuffer.isView(a.buffer), ArrayBuffer.isView(new DataView(a.buffer)));
console.log(Array.from(Uint8ClampedArray.of(300, -4)).join(","), Array.from(new Uint8Array(2)).length);
let calls = 0;
function source(): number[] {
  calls++;
  return [1.5, 2.5, 3.5];
}
console.log(Uint8ClampedArray.from(source(), (x) => x * 2).join(","), calls);
