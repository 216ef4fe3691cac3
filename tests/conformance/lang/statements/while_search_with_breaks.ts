// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: search loops with early break/continue, sentinel values and nested labelled blocks
const grid = [
  [3, 8, 1, 9],
  [4, 7, 7, 2],
  [6, 5, 0, 4],
];
let found = "none";
search: {
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === 0) {
        found = `${r},${c}`;
        break search;
      }
    }
  }
  found = "not found";
}
console.log(found);
function firstDup(xs: number[]): number {
  let i = 0;
  let res = -1;
  outer: while (i < xs.length) {
    let j = i + 1;
    while (j < xs.length) {
      if (xs[j] === xs[i]) {
        res = xs[i];
        break outer;
      }
      j++;
    }
    i++;
  }
  return res;
}
console.log(firstDup([1, 2, 3, 2, 1]), firstDup([5, 6]), firstDup([]));
const primes: number[] = [];
cand: for (let n = 2; primes.length < 12; n++) {
  for (const p of primes) {
    if (p * p > n) break;
    if (n % p === 0) continue cand;
  }
  primes.push(n);
}
console.log(primes.join(" "));
let collatz = 27;
let steps = 0;
let peak = collatz;
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  if (collatz > peak) peak = collatz;
  steps++;
}
console.log(steps, peak);
