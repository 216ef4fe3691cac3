// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// conversion of integers to Roman numerals and back with string comparisons
function toRoman(n: number): string {
  let r: string = "";
  while (n >= 1000) { r += "M"; n -= 1000; }
  if (n >= 900) { r += "CM"; n -= 900; }
  if (n >= 500) { r += "D"; n -= 500; }
  if (n >= 400) { r += "CD"; n -= 400; }
  while (n >= 100) { r += "C"; n -= 100; }
  if (n >= 90) { r += "XC"; n -= 90; }
  if (n >= 50) { r += "L"; n -= 50; }
  if (n >= 40) { r += "XL"; n -= 40; }
  while (n >= 10) { r += "X"; n -= 10; }
  if (n >= 9) { r += "IX"; n -= 9; }
  if (n >= 5) { r += "V"; n -= 5; }
  if (n >= 4) { r += "IV"; n -= 4; }
  while (n >= 1) { r += "I"; n -= 1; }
  return r;
}
let samples: string = "";
for (let n = 1; n <= 20; n++) samples += toRoman(n) + " ";
console.log(samples);
console.log(toRoman(1994), toRoman(2026), toRoman(3999), toRoman(444), toRoman(0) === "");
let longest: string = "";
let longestN: number = 0;
let longestLen: number = 0;
for (let n = 1; n < 4000; n++) {
  let r: string = toRoman(n);
  let count: number = 0;
  let m: number = n;
  while (m >= 1000) { count++; m -= 1000; }
  if (m >= 900) { count += 2; m -= 900; }
  if (m >= 500) { count++; m -= 500; }
  if (m >= 400) { count += 2; m -= 400; }
  while (m >= 100) { count++; m -= 100; }
  if (m >= 90) { count += 2; m -= 90; }
  if (m >= 50) { count++; m -= 50; }
  if (m >= 40) { count += 2; m -= 40; }
  while (m >= 10) { count++; m -= 10; }
  if (m >= 9) { count += 2; m -= 9; }
  if (m >= 5) { count++; m -= 5; }
  if (m >= 4) { count += 2; m -= 4; }
  count += m;
  if (count > longestLen) {
    longestLen = count;
    longestN = n;
    longest = r;
  }
}
console.log("longest numeral below 4000:", longestN, longest, longestLen);
console.log(toRoman(1000) < toRoman(999), toRoman(4) > toRoman(5));
