// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// loops driven by fractional and large counters: iteration counts depend on exact rounding
let count: number = 0;
for (let x = 0; x < 1; x += 0.1) count++;
console.log("0.1 steps below 1:", count);
count = 0;
for (let x = 0; x <= 1; x += 0.125) count++;
console.log("0.125 steps up to 1:", count);
count = 0;
let last: number = 0;
for (let x = 2 ** 53 - 4; x < 2 ** 53 + 4 && count < 20; x++) {
  count++;
  last = x;
}
console.log("iterations near 2^53:", count, last);
count = 0;
for (let x = 1; x !== 0; x /= 2) count++;
console.log("halvings until 0:", count);
count = 0;
for (let x = 1; x !== 1 / 0; x *= 2) count++;
console.log("doublings until Infinity:", count);
let v: number = 0.1;
count = 0;
while (v !== 0.5 && count < 100) {
  v += 0.1;
  count++;
}
console.log("0.1 + 0.1*k hits 0.5 after", count, v);
let w: number = 0;
for (let i = 0; i < 3; i++) w += 0.1;
console.log(w === 0.3, w);
