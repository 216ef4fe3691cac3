// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: numerical algorithms: Newton square root, trapezoid integration of sin, series for pi
function newtonSqrt(x: number): number {
  let g = x / 2;
  for (let i = 0; i < 30; i++) g = (g + x / g) / 2;
  return g;
}
console.log(newtonSqrt(2), Math.sqrt(2), newtonSqrt(1e10));
function integrate(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = (f(a) + f(b)) / 2;
  for (let i = 1; i < n; i++) s += f(a + i * h);
  return s * h;
}
console.log(integrate(Math.sin, 0, Math.PI, 1000).toFixed(10), integrate((x) => x * x, 0, 3, 300).toFixed(6));
let pi = 0;
for (let k = 0; k < 100000; k++) pi += (k % 2 === 0 ? 4 : -4) / (2 * k + 1);
console.log(pi.toFixed(8), Math.abs(pi - Math.PI) < 1e-4);
