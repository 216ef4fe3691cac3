// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// ASCII Mandelbrot set: floating-point iteration and string building (output depends on exact IEEE arithmetic)
const WIDTH: number = 72;
const HEIGHT: number = 28;
const MAX_ITER: number = 200;
function shade(iter: number): string {
  if (iter >= MAX_ITER) return "#";
  if (iter > 40) return "%";
  if (iter > 20) return "*";
  if (iter > 10) return "+";
  if (iter > 5) return ":";
  if (iter > 2) return ".";
  return " ";
}
let inside: number = 0;
let totalIter: number = 0;
for (let row = 0; row < HEIGHT; row++) {
  let y0: number = (row / HEIGHT) * 2.4 - 1.2;
  let line: string = "";
  for (let col = 0; col < WIDTH; col++) {
    let x0: number = (col / WIDTH) * 3.5 - 2.5;
    let x: number = 0;
    let y: number = 0;
    let iter: number = 0;
    while (x * x + y * y <= 4 && iter < MAX_ITER) {
      let xt: number = x * x - y * y + x0;
      y = 2 * x * y + y0;
      x = xt;
      iter++;
    }
    totalIter += iter;
    if (iter === MAX_ITER) inside++;
    line += shade(iter);
  }
  console.log(line);
}
console.log("inside:", inside, "total iterations:", totalIter);
let zx: number = 0;
let zy: number = 0;
for (let i = 0; i < 30; i++) {
  let t: number = zx * zx - zy * zy - 0.7454;
  zy = 2 * zx * zy + 0.1130;
  zx = t;
}
console.log("orbit point", zx, zy);
