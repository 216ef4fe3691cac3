// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// for loops: all header forms, multiple declarators, empty parts, updates with compound assignment
for (let i = 0; i < 3; i++) {
  console.log("i", i);
}
for (let i = 10, j = 0; i > j; i -= 3, j += 1) {
  console.log("i j", i, j);
}
let k: number = 0;
for (; k < 3; ) {
  k++;
}
console.log("k", k);
for (;;) {
  k *= 2;
  if (k > 100) break;
}
console.log("k", k);
let sum: number = 0;
for (let x = 0.5; x < 3; x += 0.5) {
  sum += x;
}
console.log("sum", sum);
for (let i = 5; i > 0; i--) {
  let line: string = "";
  for (let j = 0; j < i; j++) line += j;
  console.log(line);
}
let m: number;
for (m = 1; m < 1000; m *= 7) {}
console.log("m", m);
for (let i = 0; i < 0; i++) {
  console.log("never");
}
let p: number = 1;
for (let i = 1; i <= 20; i++) p = (p * 31 + i) % 1000003;
console.log("p", p);
