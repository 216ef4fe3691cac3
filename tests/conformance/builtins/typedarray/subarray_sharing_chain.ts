// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: chained subarray views with negative bounds share memory with the parent and across types
const base = new Uint8Array(16);
for (let i = 0; i < 16; i++) base[i] = i;
const a = base.subarray(4, 12);
const b = a.subarray(-6, -2);
const c = b.subarray(1);
console.log(a.length, a.byteOffset, b.length, b.byteOffset, c.length, c.byteOffset, c.buffer === base.buffer);
c[0] = 99;
console.log(base.join(","), a[3], b[1]);
console.log(base.subarray(10, 5).length, base.subarray(-100, 2).join(","), base.subarray(14, 100).join(","), base.subarray().length, base.subarray(NaN, 3).join(","));
const u16 = new Uint16Array(base.buffer, 2, 4);
u16[0] = 0xffff;
console.log(base.slice(0, 6).join(","), u16.subarray(1, 3).byteOffset);
const i32 = new Int32Array(base.buffer);
const sub = i32.subarray(1, 3);
sub.fill(-1);
console.log(base.join(","));
const copy = base.slice(0, 4);
copy[0] = 200;
console.log(base[0], copy[0], copy.buffer === base.buffer, copy.byteOffset);
