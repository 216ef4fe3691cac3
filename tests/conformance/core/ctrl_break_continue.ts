// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unlabelled break and continue in while, do-while and for loops, including nested loops
for (let i = 0; i < 10; i++) {
  if (i === 2) continue;
  if (i === 6) break;
  console.log("for", i);
}
let w: number = 0;
while (true) {
  w++;
  if (w % 2 === 1) continue;
  if (w > 8) break;
  console.log("while", w);
}
for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) break;
    if (j === 1) continue;
    console.log("nested", i, j);
  }
}
let found: number = -1;
for (let n = 100; n < 200; n++) {
  if (n % 7 !== 0) continue;
  if (n % 11 !== 0) continue;
  found = n;
  break;
}
console.log("first multiple of 77 in [100,200):", found);
let d: number = 0;
do {
  d++;
  if (d === 3) continue;
  if (d === 5) break;
  console.log("do", d);
} while (d < 10);
