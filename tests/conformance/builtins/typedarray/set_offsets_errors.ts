// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: set from arrays and typed arrays with offsets, overlapping views, and RangeError for out-of-bounds offsets
const t = new Int16Array(6);
t.set([1, 2, 3]);
t.set([7, 8], 4);
console.log(t.join(" "));
t.set(new Uint8Array([250, 251]), 2);
console.log(t.join(" "));
const none: number[] = [];
t.set(none, 6);
console.log(t.join(" "));
const tries: [number[], number][] = [[[1], 6], [[1, 2], 5], [[1, 2, 3, 4, 5, 6, 7], 0], [[1], -1]];
for (const [src, off] of tries) {
  try {
    t.set(src, off);
    console.log("ok", off);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message, e instanceof RangeError);
  }
}
try { t.set(new Float64Array(7)); } catch (e) { console.log((e as Error).name, (e as Error).message); }
const buf = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
buf.set(buf.subarray(0, 6), 3);
console.log(buf.join(""));
const buf2 = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
buf2.set(buf2.subarray(4), 1);
console.log(buf2.join(""));
const wide = new Uint16Array([0x0102, 0x0304, 0x0506]);
const narrow = new Uint8Array(wide.buffer);
wide.set(narrow.subarray(0, 2), 1);
console.log(wide.join(" "), narrow.join(" "));
const f = new Float32Array(3);
f.set([0.1, NaN, -0], 0);
console.log(f);
