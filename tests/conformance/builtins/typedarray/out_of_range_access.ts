// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: reads outside the bounds give undefined and writes are ignored
const a = new Int32Array(3);
a[5] = 10;
a[-1] = 7;
console.log(a[3], a[5], a[-1], a.length, Array.from(a).join(","));
const b = new Float64Array([1.5]);
console.log(b[1], b[0], b.at(-1), b.at(1));
