// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Indices computed from unbounded integer counters (i + 1, r - 1, k - j) on integer and mixed arrays, rotations and appends.

function rotations(n: number): string {
  const perm1: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    perm1.push(i);
    count.push(0);
  }
  let r: number = n;
  let out: string = '';
  let rounds: number = 0;
  while (rounds < 40) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    out += perm1[0] + '' + perm1[n - 1];
    while (true) {
      if (r === n) return out + ' end ' + rounds;
      const first: number = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    rounds++;
  }
  return out + ' stopped';
}
console.log(rotations(4));
console.log(rotations(5));

// The same shapes on an array that also holds fractions (kept as doubles).
const mixed: number[] = [0.5, 1, 2, 3, 4, 5];
let m: number = mixed.length - 1;
let turns: number = 0;
while (turns < 7) {
  const head: number = mixed[0];
  for (let i = 0; i < m; i++) mixed[i] = mixed[i + 1];
  mixed[m] = head;
  turns++;
  if (turns % 3 === 0) m--;
  if (m < 2) m = mixed.length - 1;
}
console.log(mixed.join(' '), m, turns);

// A counter that only grows, used with offsets on both sides of the length.
const grow: number[] = [1];
let g: number = 0;
while (grow.length < 30) {
  grow[g + 1] = (grow[g] * 3 + g) % 101;
  g++;
}
let back: number = grow.length;
let acc: number = 0;
while (back > 1) {
  acc = (acc * 7 + grow[back - 1] - grow[back - 2]) % 1000003;
  back--;
}
console.log(grow.length, g, acc, grow[29], grow[g - 1]);
