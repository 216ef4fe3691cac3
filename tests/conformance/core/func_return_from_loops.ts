// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// return from inside nested loops and labelled loops, with string, number and boolean results
function findPair(target: number): string {
  for (let a = 1; a < 100; a++) {
    for (let b = a; b < 100; b++) {
      if (a * a + b * b === target) return a + "^2+" + b + "^2";
    }
  }
  return "none";
}
function firstRepeatDigit(n: number): number {
  let seen: number = 0;
  while (n > 0) {
    let d: number = n % 10;
    if ((seen >> d) & 1) return d;
    seen |= 1 << d;
    n = (n - d) / 10;
  }
  return -1;
}
function allOdd(from: number, to: number): boolean {
  let i: number = from;
  do {
    if (i % 2 === 0) return false;
    i += 2;
  } while (i <= to);
  return true;
}
function search(limit: number): number {
  outer: for (let x = 2; x < limit; x++) {
    for (let y = 2; y < x; y++) {
      if (x % y === 0) continue outer;
    }
    if (x > 50) return x;
  }
  return 0;
}
console.log(findPair(25), findPair(50), findPair(3), findPair(9925));
console.log(firstRepeatDigit(123456), firstRepeatDigit(1234256), firstRepeatDigit(9007199254740991));
console.log(allOdd(1, 99), allOdd(3, 3), allOdd(1, 0));
console.log(search(100), search(10));
