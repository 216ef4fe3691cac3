// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Float32Array: stores round to the nearest float32, exactly like Math.fround
const xs = [0.1, 0.2, 0.3, 1 / 3, 16777216, 16777217, 16777218, 16777219, 3.4028235677973366e38, 3.5e38, 1e-45, 1e-46, -1.5e-45, 2 ** -149, 2 ** -150, 123456.789];
const f = new Float32Array(xs);
let same = 0;
for (let i = 0; i < xs.length; i++) {
  if (f[i] === Math.fround(xs[i])) same++;
  console.log(xs[i], f[i]);
}
console.log("matches fround:", same, "of", xs.length);
console.log(f[0] + f[1], f[0] * 3);
const acc = new Float32Array(1);
for (let i = 0; i < 10; i++) acc[0] += 0.1;
console.log(acc[0], acc[0] === 1);
