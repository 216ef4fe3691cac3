// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// numeric series: Leibniz and Nilakantha for pi, e by factorials, Newton square roots
let pi: number = 0;
let sign: number = 1;
for (let k = 0; k < 100000; k++) {
  pi += sign * 4 / (2 * k + 1);
  sign = -sign;
}
console.log("leibniz", pi);
let nil: number = 3;
let s: number = 1;
for (let k = 2; k < 2000; k += 2) {
  nil += s * 4 / (k * (k + 1) * (k + 2));
  s = -s;
}
console.log("nilakantha", nil);
let e: number = 0;
let term: number = 1;
for (let k = 1; k < 25; k++) {
  e += term;
  term /= k;
}
console.log("e", e);
function sqrt(x: number): number {
  if (x === 0) return 0;
  let g: number = x > 1 ? x / 2 : 1;
  for (let i = 0; i < 500; i++) {
    let next: number = (g + x / g) / 2;
    if (next === g) break;
    g = next;
  }
  return g;
}
for (let v = 0; v <= 10; v++) console.log("sqrt", v, sqrt(v));
console.log(sqrt(2) * sqrt(2), sqrt(1e100), sqrt(1e-100), sqrt(2 ** 60));
let golden: number = 1;
for (let i = 0; i < 50; i++) golden = 1 + 1 / golden;
console.log("golden", golden);
