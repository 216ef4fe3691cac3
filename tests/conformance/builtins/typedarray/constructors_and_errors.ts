// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: constructors from length, arrays, other kinds, buffers with offset/length, and V8 RangeErrors
const buf = new ArrayBuffer(12);
console.log(new Int32Array(buf).length, new Int32Array(buf, 4).length, new Int32Array(buf, 4, 1).length, new Uint8Array(buf, 12).length);
console.log(new Int8Array(new Uint16Array([300, 65535])), new Float32Array(new Int8Array([-1, 127])), new Uint8Array(new Float64Array([1.9, -1.9, 256])));
console.log(new Uint8Array(0).length, new Float64Array().length, new Int16Array(new Array<number>()).byteLength);
const bad: (() => void)[] = [
  () => { new Int32Array(buf, 3); },
  () => { new Int32Array(buf, 8, 2); },
  () => { new Int16Array(new ArrayBuffer(3)); },
  () => { new Uint8Array(buf, 13); },
  () => { new Uint8Array(-1); },
  () => { new Float64Array(buf, 16); },
];
for (const f of bad) {
  try { f(); console.log("no error"); } catch (e) { console.log((e as Error).name + ": " + (e as Error).message); }
}
const v = new Uint16Array(buf, 2, 3);
console.log(v.byteOffset, v.byteLength, v.length, v.buffer.byteLength, ArrayBuffer.isView(v), ArrayBuffer.isView(buf));
