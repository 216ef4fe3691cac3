// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: Uint8ClampedArray clamps to 0..255 and rounds half to even
const c = new Uint8ClampedArray(16);
const inputs = [-5, 0, 0.5, 1.5, 2.5, 3.5, 254.5, 255.5, 300, 1e10, -Infinity, Infinity, NaN, 127.49, 127.51, 0.4999];
inputs.forEach((v, i) => {
  c[i] = v;
});
console.log(Array.from(c).join(" "));
console.log(new Uint8ClampedArray([1.5, 2.5, -1, 256]).join(","));
