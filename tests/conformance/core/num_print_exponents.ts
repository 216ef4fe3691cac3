// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// number printing across powers of ten from 1e-25 to 1e25 (console.log and string conversion)
let x: number = 1;
let i: number = 0;
while (i <= 25) {
  console.log(i, x, "" + x, x * 1.5, "" + -x * 3.25);
  x = x * 10;
  i++;
}
x = 1;
i = 0;
while (i <= 25) {
  console.log(-i, x, "" + x, x * 1.5, "" + -x * 3.25);
  x = x / 10;
  i++;
}
let p: number = 1;
for (let k = 0; k <= 70; k += 7) {
  console.log("2**" + k, p, "" + p);
  p = p * 128;
}
