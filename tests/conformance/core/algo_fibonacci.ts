// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Fibonacci numbers: iterative up to F(100) (exact to F(78), rounded beyond), recursive, and by fast doubling
function fibIter(n: number): number {
  let a: number = 0;
  let b: number = 1;
  for (let i = 0; i < n; i++) {
    let t: number = a + b;
    a = b;
    b = t;
  }
  return a;
}
function fibRec(n: number): number {
  return n < 2 ? n : fibRec(n - 1) + fibRec(n - 2);
}
let fa: number = 0;
let fb: number = 0;
function fibDoubling(n: number): void {
  if (n === 0) {
    fa = 0;
    fb = 1;
    return;
  }
  fibDoubling((n - (n % 2)) / 2);
  let c: number = fa * (2 * fb - fa);
  let d: number = fa * fa + fb * fb;
  if (n % 2 === 0) {
    fa = c;
    fb = d;
  } else {
    fa = d;
    fb = c + d;
  }
}
for (let n = 0; n <= 100; n += 6) {
  fibDoubling(n);
  console.log(n, fibIter(n), fa);
}
console.log(fibIter(78), fibIter(79), fibIter(1476), fibIter(1477));
console.log(fibRec(22));
let evenSum: number = 0;
for (let n = 1; fibIter(n) < 4000000; n++) {
  if (fibIter(n) % 2 === 0) evenSum += fibIter(n);
}
console.log("even sum below 4e6", evenSum);
