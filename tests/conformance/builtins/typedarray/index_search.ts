// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: indexOf/lastIndexOf use ===, includes finds NaN, fromIndex is relative and clamped, values are compared as numbers
const a = new Int8Array([1, 2, 3, 2, 1, -1]);
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -3), a.indexOf(9), a.indexOf(255), a.indexOf(-1));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(1, -2), a.lastIndexOf(1, -100), a.lastIndexOf(3, 100));
console.log(a.includes(3), a.includes(3, 3), a.includes(-1, -1), a.includes(1.5));
const f = new Float64Array([NaN, -0, 0.5]);
console.log(f.indexOf(NaN), f.lastIndexOf(NaN), f.includes(NaN), f.indexOf(0), f.includes(-0), f.indexOf(0.5, 10));
const f32 = new Float32Array([0.1, 0.5]);
console.log(f32.indexOf(0.1), f32.indexOf(Math.fround(0.1)), f32.includes(0.5));
const empty = new Uint8Array(0);
console.log(empty.indexOf(0), empty.lastIndexOf(0), empty.includes(0));
