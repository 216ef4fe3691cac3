// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// while loops: zero iterations, counting, complex conditions, nested loops
let i: number = 0;
while (i < 5) {
  console.log("i", i);
  i++;
}
while (i < 0) {
  console.log("never");
}
let n: number = 1;
while (n < 1000 && n !== 0) {
  n *= 3;
}
console.log("n", n);
let a: number = 0;
let rows: string = "";
while (a < 4) {
  let b: number = 0;
  while (b <= a) {
    rows += a * b;
    b++;
  }
  rows += ";";
  a++;
}
console.log(rows);
let x: number = 100;
let steps: number = 0;
while (x > 1) {
  x = x / 2;
  steps++;
}
console.log(x, steps);
let k: number = 10;
while (k --> 0) {
  if (k % 3 === 0) console.log("k", k);
}
console.log("after", k);
