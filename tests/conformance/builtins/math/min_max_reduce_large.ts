// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: min/max over large spreads versus reduce, and clamp helpers built from them
const xs = Array.from({ length: 50000 }, (_, i) => Math.sin(i) * 1000);
const mx = xs.reduce((a, b) => Math.max(a, b), -Infinity);
const mn = xs.reduce((a, b) => Math.min(a, b), Infinity);
console.log(mx.toFixed(6), mn.toFixed(6), Math.max(...xs.slice(0, 1000)) <= mx);
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
console.log([-5, 0, 5, 10, 15, NaN].map((v) => clamp(v, 0, 10)).join(" "));
