// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fannkuch-redux: the Benchmarks Game program — small integer arrays,
// indexing, swaps and permutation counting.

function fannkuch(n: number): number[] {
  const perm: number[] = [];
  const perm1: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    perm.push(0);
    perm1.push(i);
    count.push(0);
  }
  let maxFlips: number = 0;
  let checksum: number = 0;
  let permCount: number = 0;
  let r: number = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips: number = 0;
    let k: number = perm[0];
    while (k !== 0) {
      let i: number = 0;
      let j: number = k;
      while (i < j) {
        const t: number = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        i++;
        j--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    while (true) {
      if (r === n) return [checksum, maxFlips];
      const perm0: number = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

const N: number = 10;
const result: number[] = fannkuch(N);
console.log(result[0]);
console.log('Pfannkuchen(' + N + ') = ' + result[1]);
