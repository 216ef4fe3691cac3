// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Collatz sequences: longest chain below 30000 and sequence printing
function collatzLength(n: number): number {
  let len: number = 1;
  while (n !== 1) {
    if (n % 2 === 0) {
      n = n / 2;
    } else {
      n = 3 * n + 1;
    }
    len++;
  }
  return len;
}
let best: number = 1;
let bestLen: number = 1;
for (let i = 1; i < 30000; i++) {
  let l: number = collatzLength(i);
  if (l > bestLen) {
    best = i;
    bestLen = l;
  }
}
console.log("longest below 30000:", best, bestLen);
let seq: string = "";
let n: number = 7;
while (true) {
  seq += n;
  if (n === 1) break;
  seq += " -> ";
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
}
console.log(seq);
let peak: number = 0;
n = 77031;
while (n !== 1) {
  if (n > peak) peak = n;
  n = (n & 1) === 0 ? n >>> 1 : 3 * n + 1;
}
console.log("peak of 77031:", peak);
