// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// greatest common divisor: Euclid recursive and iterative, binary GCD with shifts, lcm, coprime counting
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function gcdIter(a: number, b: number): number {
  while (b !== 0) {
    let t: number = a % b;
    a = b;
    b = t;
  }
  return a;
}
function binaryGcd(a: number, b: number): number {
  if (a === 0) return b;
  if (b === 0) return a;
  let shift: number = 0;
  while (((a | b) & 1) === 0) {
    a >>= 1;
    b >>= 1;
    shift++;
  }
  while ((a & 1) === 0) a >>= 1;
  while (b !== 0) {
    while ((b & 1) === 0) b >>= 1;
    if (a > b) {
      let t: number = a;
      a = b;
      b = t;
    }
    b = b - a;
  }
  return a << shift;
}
function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
console.log(gcd(48, 18), gcdIter(48, 18), binaryGcd(48, 18));
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20), gcd(832040, 514229));
console.log(binaryGcd(1 << 20, 3 << 10), binaryGcd(123456, 7890), binaryGcd(0, 0));
let l: number = 1;
for (let i = 1; i <= 20; i++) l = lcm(l, i);
console.log("lcm 1..20", l);
let coprime: number = 0;
for (let a = 1; a <= 200; a++) {
  for (let b = 1; b <= 200; b++) {
    if (gcdIter(a, b) === 1) coprime++;
  }
}
console.log("coprime pairs in 1..200:", coprime, coprime / 40000);
console.log(gcd(7.5, 2.5), gcd(0.3, 0.1));
