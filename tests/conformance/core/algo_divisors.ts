// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// divisor sums: perfect, abundant and amicable numbers
function sigma(n: number): number {
  if (n < 2) return 0;
  let s: number = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      s += d;
      let q: number = n / d;
      if (q !== d) s += q;
    }
  }
  return s;
}
let perfect: string = "";
let abundant: number = 0;
let deficient: number = 0;
for (let n = 2; n <= 10000; n++) {
  let s: number = sigma(n);
  if (s === n) perfect += n + " ";
  else if (s > n) abundant++;
  else deficient++;
}
console.log("perfect:", perfect);
console.log("abundant:", abundant, "deficient:", deficient);
let amicable: string = "";
let amicableSum: number = 0;
for (let a = 2; a < 10000; a++) {
  let b: number = sigma(a);
  if (b > a && sigma(b) === a) {
    amicable += "(" + a + "," + b + ") ";
    amicableSum += a + b;
  }
}
console.log("amicable:", amicable, "sum", amicableSum);
console.log(sigma(33550336) === 33550336, sigma(2 ** 20), sigma(999983));
