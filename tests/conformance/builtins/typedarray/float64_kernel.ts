// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: Float64Array prefix sums, moving averages and in-place scaling through subarray views
const n = 20;
const xs = new Float64Array(n);
for (let i = 0; i < n; i++) xs[i] = Math.sin(i) * 10;
const pre = new Float64Array(n + 1);
for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + xs[i];
console.log(pre[n].toFixed(10), pre.subarray(1, 5).join(" "));
const w = 4;
const avg = new Float64Array(n - w + 1);
for (let i = 0; i < avg.length; i++) avg[i] = (pre[i + w] - pre[i]) / w;
console.log(Array.from(avg).map((x) => x.toFixed(3)).join(" "));
const half = xs.subarray(n / 2);
for (let i = 0; i < half.length; i++) half[i] *= 2;
console.log(xs.slice(8, 12).map((x) => Math.round(x * 1000) / 1000).join(" "));
console.log(Math.max(...xs).toFixed(6), Math.min(...xs).toFixed(6), xs.reduce((a, b) => a + b, 0).toFixed(6));
const sorted = xs.slice().sort();
console.log(sorted[0].toFixed(4), sorted[n - 1].toFixed(4), xs.indexOf(sorted[0]), xs.findIndex((x) => x === sorted[n - 1]));
