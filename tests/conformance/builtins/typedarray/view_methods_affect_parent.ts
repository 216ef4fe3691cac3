// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: reverse, fill, sort and set on a subarray view change only that window of the parent
const p = Int16Array.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
const v = p.subarray(2, 7);
v.reverse();
console.log(p.join(","));
v.sort();
console.log(p.join(","));
v.fill(-1, 1, 3);
console.log(p.join(","));
v.set([100, 200], 3);
console.log(p.join(","));
const m = v.map((x) => x * 2);
m[0] = 555;
console.log(p.join(","), m.join(","));
const back = p.subarray(-3);
back.set(p.subarray(0, 3));
console.log(p.join(","), back.byteOffset, v.byteOffset);
const u = new Uint8Array(p.buffer, 4, 6);
u.reverse();
console.log(p.join(","));
