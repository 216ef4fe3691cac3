// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// building strings in loops: triangles, repetition by doubling, number formatting
for (let i = 1; i <= 5; i++) {
  let line: string = "";
  for (let j = 0; j < 5 - i; j++) {
    line += " ";
  }
  for (let j = 0; j < 2 * i - 1; j++) {
    line += "*";
  }
  console.log(line);
}
let s: string = "ab";
for (let i = 0; i < 6; i++) {
  s = s + s;
}
console.log(s);
let digits: string = "";
let n: number = 9876543210;
while (n > 0) {
  digits = digits + (n % 10);
  n = (n - (n % 10)) / 10;
}
console.log("reversed digits:", digits);
let csv: string = "";
for (let i = 0; i < 10; i++) {
  if (i > 0) {
    csv += ",";
  }
  csv += i * i;
}
console.log(csv);
function pad(x: number, width: number): string {
  let r: string = "" + x;
  let len: number = 1;
  let t: number = x;
  while (t >= 10) {
    t = t / 10;
    len++;
  }
  while (len < width) {
    r = " " + r;
    len++;
  }
  return r;
}
for (let i = 1; i <= 1000; i *= 10) {
  console.log("|" + pad(i, 6) + "|" + pad(i * 7, 6) + "|");
}
