// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Float32Array: stores round to float32 like Math.fround; sums accumulate in float32 storage; tiny and huge values
const f = new Float32Array(8);
const vals = [0.1, 1 / 3, 16777217, 16777219, 3.4028235e38, 3.4028236e38, 1e-46, 1.4e-45, -1e-46];
for (const v of vals) { f[0] = v; console.log(v, f[0], f[0] === Math.fround(v), f[0] === 0 && 1 / f[0] < 0); }
f[1] = 0;
for (let i = 0; i < 10; i++) f[1] += 0.1;
let d = 0;
for (let i = 0; i < 10; i++) d += 0.1;
console.log(f[1], d, f[1] === d);
f[2] = 16777216;
f[2] += 1;
console.log(f[2]);
f[3] = 1;
for (let i = 0; i < 30; i++) f[3] *= 10;
console.log(f[3], f[3] === Math.fround(1e30));
const g = Float32Array.of(0.5, 0.25, 0.2, 2 ** -149, 2 ** -150);
console.log(g, g.join("|"));
const h = new Float64Array(new Float32Array([0.1, 0.7]));
console.log(h);
