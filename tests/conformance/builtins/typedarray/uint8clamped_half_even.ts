// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Uint8ClampedArray: clamps to [0, 255] and rounds half to even (255.5 stays 255, 2.5 becomes 2, 3.5 becomes 4)
const xs = [-1, -0.5, 0, 0.49, 0.5, 0.51, 1.5, 2.5, 3.5, 4.5, 100.5, 101.5, 254.4, 254.5, 254.6, 255, 255.5, 256, 1e9, NaN, -Infinity, Infinity];
const c = new Uint8ClampedArray(xs.length);
xs.forEach((x, i) => {
  c[i] = x;
});
for (let i = 0; i < xs.length; i++) console.log(xs[i], "->", c[i]);
const fromArray = new Uint8ClampedArray([0.5, 1.5, 2.5, -3, 300]);
console.log(fromArray.join(","), Uint8ClampedArray.of(127.5, 128.5).join(","));
const c2 = new Uint8ClampedArray(3).fill(255.5);
console.log(c2.join(","), new Uint8ClampedArray(new Float64Array([5.5, 6.5, -1])).join(","));
