// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: Float32Array rounds stored doubles to single precision; Float64Array keeps them
const f32 = new Float32Array([0.1, 1 / 3, 16777217, 1e40, -1e-50, 3.4028234663852886e38, NaN, -0]);
console.log(Array.from(f32).join(" "));
console.log(Object.is(f32[7], -0), f32[0] === 0.1, f32[0] === Math.fround(0.1));
const f64 = new Float64Array([0.1, 1 / 3, 16777217, 1e40]);
console.log(Array.from(f64).join(" "));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128));
