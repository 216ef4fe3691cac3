// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// labelled break and continue targeting outer for, while and do-while loops
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 3) break outer;
    console.log("a", i, j);
  }
}
let n: number = 0;
search: while (n < 100) {
  n++;
  let m: number = 0;
  while (m < n) {
    m++;
    if (n * m === 42) {
      console.log("found", n, m);
      break search;
    }
  }
}
console.log("n after search", n);
let i: number = 0;
loopA: do {
  i++;
  let j: number = 0;
  loopB: for (;;) {
    j++;
    if (j > i) continue loopA;
    if (i + j === 7) break loopA;
    if (j === 2) continue loopB;
    console.log("b", i, j);
  }
} while (i < 10);
console.log("i after", i);
let primes: string = "";
next: for (let c = 2; c < 50; c++) {
  for (let d = 2; d * d <= c; d++) {
    if (c % d === 0) continue next;
  }
  primes += c + " ";
}
console.log(primes);
l1: for (let a = 0; a < 3; a++) {
  l2: for (let b = 0; b < 3; b++) {
    l3: for (let c = 0; c < 3; c++) {
      if (c === 1) continue l2;
      if (b === 2) continue l1;
      if (a === 2) break l1;
      console.log("abc", a, b, c);
    }
  }
}
