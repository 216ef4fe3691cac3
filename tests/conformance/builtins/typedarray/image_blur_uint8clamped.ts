// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: a 1-D box blur and brightness boost over a Uint8ClampedArray pixel row
const w = 16;
const row = new Uint8ClampedArray(w);
for (let i = 0; i < w; i++) row[i] = i < 8 ? 20 : 240;
const blurred = new Uint8ClampedArray(w);
for (let i = 0; i < w; i++) {
  let s = 0;
  let n = 0;
  for (let d = -2; d <= 2; d++) {
    const j = i + d;
    if (j >= 0 && j < w) {
      s += row[j];
      n++;
    }
  }
  blurred[i] = s / n;
}
console.log(blurred.join(" "));
const bright = blurred.map((v) => v * 1.5 + 0.5);
console.log(bright.join(" "));
