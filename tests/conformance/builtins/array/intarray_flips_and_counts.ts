// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer-only local arrays (elements kept as integers): swaps, counters, compound updates, appends at length.

function flips(n: number): number[] {
  const perm: number[] = [];
  const count: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) perm.push((i * 7 + 3) % n);
  let total: number = 0;
  for (let round = 0; round < 5; round++) {
    let k: number = perm[0];
    let steps: number = 0;
    while (k !== 0 && steps < 50) {
      let i: number = 0;
      let j: number = k;
      while (i < j) {
        const t: number = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        i++;
        j--;
      }
      steps++;
      count[steps % 10]++;
      k = perm[0];
    }
    total += steps;
    const first: number = perm[0];
    for (let i = 0; i < n - 1; i++) perm[i] = perm[i + 1];
    perm[n - 1] = first === 0 ? n - 1 : first;
  }
  let line: string = '';
  for (let i = 0; i < perm.length; i++) line += perm[i] + ' ';
  console.log(line, '|', total);
  let c: string = '';
  for (let i = 0; i < count.length; i++) c += count[i] + ',';
  console.log(c);
  return [total, perm[0], perm[perm.length - 1]];
}

console.log(flips(7).join(' '));
console.log(flips(10).join(' '));

// Compound updates, ++/--, negatives, values near 2^31 and 2^53.
const acc: number[] = [0, -1, 2147483647, -2147483648];
for (let i = 0; i < 6; i++) {
  acc[0] = (acc[0] + i * 3) & 1023;
  acc[1] = (acc[1] - i) | 0;
  acc[2]++;
  acc[3]--;
  acc[i & 3] ^= 5;
}
console.log(acc[0], acc[1], acc[2], acc[3], acc.length);
const big: number[] = [9007199254740991, -9007199254740991, 4294967296];
for (let i = 0; i < 40; i++) big.push((i * 40503) & 0xffff);
big[3]++;
big[4]--;
big[2] = (big[5] & 0xffff) + 4294967296;
console.log(big[0], big[1], big[2], big[3], big[4], big[42], big.length, big[0] - big[1]);

// -0 as an index reads and writes element 0.
const z: number[] = [4, 5, 6];
const mz: number = -0;
z[mz] = (z[mz] + 10) % 100;
console.log(z[0], z[-0], z[1 - 1]);

// A store at index === length appends; reads follow the new length.
const grow: number[] = [];
for (let i = 0; i < 9; i++) grow[grow.length] = i * i;
for (let i = 0; i < 3; i++) grow[i] = grow[grow.length - 1 - i];
console.log(grow.length, grow[0], grow[1], grow[2], grow[8]);
const pushed: number = grow.push(100, 200);
console.log(pushed, grow[9], grow[10]);
