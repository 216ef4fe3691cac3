// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring assignment inside loops and closures
let a = 0;
let b = 1;
const seen: number[] = [];
for (let k = 0; k < 12; k++) {
  seen.push(a);
  [a, b] = [b, a + b];
}
console.log(seen.join(" "));
let lo = 0;
let hi = 100;
const probes: number[] = [];
const target = 37;
while (lo < hi) {
  const mid = Math.floor((lo + hi) / 2);
  probes.push(mid);
  [lo, hi] = mid < target ? [mid + 1, hi] : [lo, mid];
}
console.log(lo, probes);
let x = 1;
let y = 2;
const swap = (): void => { [x, y] = [y, x]; };
swap();
swap();
swap();
console.log(x, y);
