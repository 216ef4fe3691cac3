// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: console.log of long typed arrays (more than 100 elements, grouping of numbers) and of results of map/filter/subarray
const u = new Uint8Array(130);
for (let i = 0; i < u.length; i++) u[i] = (i * 37) & 255;
console.log(u);
const f = new Float64Array(12);
for (let i = 0; i < f.length; i++) f[i] = i / 7;
console.log(f);
console.log(u.subarray(0, 8), u.filter((x) => x > 200), Int16Array.of(-1, 2, -300).map((x) => x * 100));
console.log(new Int32Array(0), new Float32Array([0.1, -0, NaN, Infinity]));
console.log([new Uint8Array(2), new Uint16Array(3)]);
console.log({ bytes: Uint8Array.of(1, 2), nested: { deeper: { deepest: Uint8Array.of(3) } } });
