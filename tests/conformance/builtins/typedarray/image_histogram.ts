// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// image processing with Uint8ClampedArray RGBA pixels: brightness, grayscale, histogram in a Uint32Array, box blur
const W = 8;
const H = 6;
const img = new Uint8ClampedArray(W * H * 4);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const p = (y * W + x) * 4;
    img[p] = x * 36;
    img[p + 1] = y * 51;
    img[p + 2] = (x * y * 9) % 256;
    img[p + 3] = 255;
  }
}
const bright = img.map((v, i) => (i % 4 === 3 ? v : v * 1.4 + 10.5));
const gray = new Uint8ClampedArray(W * H);
for (let i = 0; i < W * H; i++) gray[i] = 0.299 * bright[i * 4] + 0.587 * bright[i * 4 + 1] + 0.114 * bright[i * 4 + 2];
const hist = new Uint32Array(8);
for (const g of gray) hist[g >> 5]++;
console.log("hist", hist.join(" "));
const blurred = new Uint8ClampedArray(W * H);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    let s = 0;
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx;
        const yy = y + dy;
        if (xx >= 0 && xx < W && yy >= 0 && yy < H) {
          s += gray[yy * W + xx];
          n++;
        }
      }
    }
    blurred[y * W + x] = s / n;
  }
}
for (let y = 0; y < H; y++) console.log(blurred.subarray(y * W, (y + 1) * W).join(" "));
console.log(bright.subarray(0, 8).join(","), gray.reduce((a, b) => a + b, 0));
