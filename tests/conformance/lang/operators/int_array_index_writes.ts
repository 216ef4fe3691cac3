// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array writes through integer-slot indices: in place, at the length (an append), and counters as indices.

const squares: number[] = [];
for (let i = 0; i < 12; i++) squares[i] = i * i;
console.log(squares.length, squares.join(' '));

// Overwrite in place, then append at the end with a counter index.
let n = 0;
for (let i = 0; i < squares.length; i += 3) squares[i] = -i;
n = squares.length;
squares[n] = 1000;
n++;
squares[n] = 2000;
console.log(squares.length, squares[0], squares[3], squares[n], squares[n - 1]);

// Reverse prefixes (fannkuch-style flips) with two indices meeting.
const perm: number[] = [3, 1, 4, 1, 5, 9, 2, 6];
let flips = 0;
let k = perm[0];
while (k !== 0 && flips < 20) {
  let i = 0;
  let j = k;
  while (i < j) {
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
    i++;
    j--;
  }
  flips++;
  k = perm[0] % perm.length;
  perm[0] = k;
}
console.log(flips, perm.join(','));

// Strings and booleans in arrays written at integer indices.
const words: string[] = [];
const flags: boolean[] = [];
let count = 0;
for (const w of ['a', 'bb', 'ccc', 'dddd']) {
  words[count] = w + count;
  flags[count] = count % 2 === 0;
  count++;
}
console.log(words.join('|'), flags.join('|'), count);
