// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// digit manipulation: reversal, palindromes, Armstrong numbers, digital roots, happy numbers
function reverse(n: number): number {
  let r: number = 0;
  while (n > 0) {
    r = r * 10 + (n % 10);
    n = (n - (n % 10)) / 10;
  }
  return r;
}
function numDigits(n: number): number {
  let c: number = 1;
  while (n >= 10) {
    n = (n - (n % 10)) / 10;
    c++;
  }
  return c;
}
function isArmstrong(n: number): boolean {
  let k: number = numDigits(n);
  let s: number = 0;
  let m: number = n;
  while (m > 0) {
    s += (m % 10) ** k;
    m = (m - (m % 10)) / 10;
  }
  return s === n;
}
function digitalRoot(n: number): number {
  while (n >= 10) {
    let s: number = 0;
    while (n > 0) {
      s += n % 10;
      n = (n - (n % 10)) / 10;
    }
    n = s;
  }
  return n;
}
function isHappy(n: number): boolean {
  let seen: number = 0;
  while (n !== 1 && seen < 100) {
    let s: number = 0;
    while (n > 0) {
      let d: number = n % 10;
      s += d * d;
      n = (n - d) / 10;
    }
    n = s;
    seen++;
  }
  return n === 1;
}
console.log(reverse(12345), reverse(1000), reverse(9007199254740991));
let pals: string = "";
for (let n = 100; n < 1000; n++) if (n === reverse(n) && n % 11 === 0) pals += n + " ";
console.log(pals);
let arm: string = "";
for (let n = 1; n < 100000; n++) if (isArmstrong(n)) arm += n + " ";
console.log(arm);
console.log(digitalRoot(987654321), digitalRoot(2 ** 52), digitalRoot(0));
let happy: string = "";
for (let n = 1; n <= 50; n++) if (isHappy(n)) happy += n + " ";
console.log(happy);
let largestPal: number = 0;
for (let a = 900; a < 1000; a++) {
  for (let b = a; b < 1000; b++) {
    let p: number = a * b;
    if (p > largestPal && p === reverse(p)) largestPal = p;
  }
}
console.log("largest palindrome product", largestPal);
