// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// N-queens solution counting with bitmask backtracking for N = 1..10
let solutions: number = 0;
function solve(n: number, row: number, cols: number, d1: number, d2: number): void {
  if (row === n) {
    solutions++;
    return;
  }
  let all: number = (1 << n) - 1;
  let avail: number = all & ~(cols | d1 | d2);
  while (avail !== 0) {
    let bit: number = avail & -avail;
    avail ^= bit;
    solve(n, row + 1, cols | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
  }
}
for (let n = 1; n <= 10; n++) {
  solutions = 0;
  solve(n, 0, 0, 0, 0);
  console.log("queens", n, solutions);
}
