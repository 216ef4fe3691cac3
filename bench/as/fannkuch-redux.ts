// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// fannkuch-redux, AssemblyScript: bench/programs/fannkuch-redux.ts with
// Array<i32>.
import { print } from './env';

function fannkuch(n: i32): i32[] {
  const perm: i32[] = [];
  const perm1: i32[] = [];
  const count: i32[] = [];
  for (let i = 0; i < n; i++) {
    perm.push(0);
    perm1.push(i);
    count.push(0);
  }
  perm1.push(0);
  count.push(0);
  let maxFlips: i32 = 0;
  let checksum: i32 = 0;
  let permCount: i32 = 0;
  let r: i32 = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips: i32 = 0;
    let k: i32 = perm[0];
    while (k !== 0) {
      let i: i32 = 0;
      let j: i32 = k;
      while (i < j) {
        const t = perm[i];
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
      const perm0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

export function main(): void {
  const N: i32 = 10;
  const result = fannkuch(N);
  print(result[0].toString());
  print('Pfannkuchen(' + N.toString() + ') = ' + result[1].toString());
}
