// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: ArrayBuffer.slice copies bytes; isView distinguishes views; constructors with offsets validate alignment
const buf = new ArrayBuffer(16);
new Uint8Array(buf).forEach((_, i, arr) => {
  arr[i] = i;
});
const copy = buf.slice(4, 8);
console.log(copy.byteLength, Array.from(new Uint8Array(copy)).join(","));
new Uint8Array(copy)[0] = 99;
console.log(new Uint8Array(buf)[4], ArrayBuffer.isView(new Uint8Array(buf)), ArrayBuffer.isView(buf), ArrayBuffer.isView(new DataView(buf)));
try {
  new Int32Array(buf, 2);
} catch (e) {
  console.log((e as Error).name);
}
try {
  new Uint16Array(new ArrayBuffer(3));
} catch (e) {
  console.log((e as Error).name);
}
console.log(new Int32Array(buf, 4, 2).join(","), new Float64Array(buf, 8).length);
