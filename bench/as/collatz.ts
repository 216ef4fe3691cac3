// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// collatz, AssemblyScript: bench/programs/collatz.ts with i64.
import { print } from './env';

export function main(): void {
  const LIMIT: i64 = 600000;
  let best: i64 = 1;
  let bestLen: i64 = 1;
  let totalSteps: i64 = 0;
  for (let start: i64 = 1; start < LIMIT; start++) {
    let n: i64 = start;
    let len: i64 = 1;
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
  print('collatz below ' + LIMIT.toString() + ' longest: ' + best.toString() + ' length: ' +
    bestLen.toString() + ' total: ' + totalSteps.toString());
}
