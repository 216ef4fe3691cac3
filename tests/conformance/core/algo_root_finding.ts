// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// root finding by bisection and integer square root by binary search
function f(x: number): number {
  return x * x * x - 2 * x - 5;
}
let lo: number = 2;
let hi: number = 3;
let iterations: number = 0;
while (hi - lo > 1e-12) {
  let mid: number = (lo + hi) / 2;
  if (f(lo) * f(mid) <= 0) hi = mid;
  else lo = mid;
  iterations++;
}
console.log("root", lo, hi, iterations, f(lo));
function isqrt(n: number): number {
  let l: number = 0;
  let h: number = n < 2 ? n : n / 2;
  h = h - (h % 1);
  while (l < h) {
    let m: number = l + h + 1;
    m = (m - (m % 2)) / 2;
    if (m * m <= n) l = m;
    else h = m - 1;
  }
  return l;
}
let out: string = "";
for (let n = 0; n <= 20; n++) out += isqrt(n) + " ";
console.log(out);
console.log(isqrt(1e12), isqrt(1e12 - 1), isqrt(2 ** 52), isqrt(2 ** 31 - 1), isqrt(999999999999));
let steps: number = 0;
let x: number = 1;
while (true) {
  let next: number = x - (x * x - 612) / (2 * x);
  steps++;
  if (next === x || steps > 100) break;
  x = next;
}
console.log("newton sqrt(612)", x, steps);
