// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: writes outside the elements (past the end, negative, fractional, NaN indices) are ignored
const a = new Uint8Array(4);
a[4] = 1;
a[100] = 2;
a[-1] = 3;
a[1.5] = 4;
a[NaN] = 5;
a[-0] = 6;
a[Infinity] = 7;
console.log(a.join(","), a.length);
const f = new Float32Array(2);
for (let i = -2; i < 5; i++) f[i] = i * 1.5;
console.log(f.join(","));
let k = 3;
a[k++] = 9;
a[k++] = 10;
console.log(a.join(","), k);
a[2] += 300;
a[7] += 1;
console.log(a.join(","));
const i16 = new Int16Array(1);
i16[0]--;
i16[5]++;
console.log(i16[0], i16.length);
