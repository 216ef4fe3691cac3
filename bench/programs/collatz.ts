// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// collatz: longest Collatz chain below a bound — integer division, remainder
// and branches on plain numbers (values stay far below 2^53).

const LIMIT: number = 600000;
let best: number = 1;
let bestLen: number = 1;
let totalSteps: number = 0;
for (let start = 1; start < LIMIT; start++) {
  let n: number = start;
  let len: number = 1;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    len++;
  }
  totalSteps += len;
  if (len > bestLen) {
    bestLen = len;
    best = start;
  }
}
console.log('collatz below', LIMIT, 'longest:', best, 'length:', bestLen, 'total:', totalSteps);
