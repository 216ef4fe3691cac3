// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: subarray shares memory (nested, negative and reversed bounds), byteOffset adds up, slice copies
const base = new Uint16Array(10);
for (let i = 0; i < base.length; i++) base[i] = i * 100;
const mid = base.subarray(2, 8);
const inner = mid.subarray(1, -1);
console.log(mid.length, mid.byteOffset, inner.length, inner.byteOffset, inner.join(","));
inner[0] = 7;
console.log(base[3], mid[1], inner.buffer === base.buffer, mid.buffer.byteLength);
console.log(base.subarray(-3).join(","), base.subarray(5, 2).length, base.subarray(20).length, base.subarray(-100, 2).join(","));
const copy = mid.slice(1, 3);
copy[0] = 1;
console.log(copy.join(","), copy.byteOffset, copy.buffer === base.buffer, copy.buffer.byteLength, base[3]);
console.log(base.slice().join(","), base.slice(-2).join(","), base.slice(3, 3).length);
const bytes = new Uint8Array(base.buffer, 4, 6);
console.log(bytes.join(","), bytes.subarray(2).byteOffset);
const whole = new Float64Array(4).subarray(1, 3);
whole.fill(2.5);
console.log(whole.join(","), whole.byteOffset, whole.byteLength);
