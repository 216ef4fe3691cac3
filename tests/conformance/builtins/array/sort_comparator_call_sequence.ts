// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: the exact sequence of comparator calls (V8's TimSort: binary insertion, runs, galloping merges) over many shapes and sizes
let seed = 12345;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

// Folds every (x, y) the comparator sees into a hash, so the whole call sequence is checked.
function traced(values: number[], cmp: (x: number, y: number) => number): string {
  let hash = 7;
  let calls = 0;
  const sorted = values.slice().sort((x: number, y: number): number => {
    calls++;
    hash = (hash * 31 + x * 7 + y + 1) % 1000000007;
    return cmp(x, y);
  });
  let check = 0;
  for (let i = 0; i < sorted.length; i++) check = (check * 17 + sorted[i]) % 1000000007;
  return `n=${values.length} calls=${calls} hash=${hash} result=${check}`;
}

function shapes(n: number): number[][] {
  const random: number[] = [];
  const sortedChunks: number[] = [];
  const descending: number[] = [];
  const fewValues: number[] = [];
  const sawtooth: number[] = [];
  const galloping: number[] = [];
  for (let i = 0; i < n; i++) {
    random.push(next() % 1000);
    sortedChunks.push((i % 97) * 3 + Math.floor(i / 97));
    descending.push(n - i);
    fewValues.push(next() % 3);
    sawtooth.push(i % 10);
    // Two interleaved blocks: long stretches where one side wins, so merges gallop.
    galloping.push(i < n / 2 ? i * 2 : (i - Math.floor(n / 2)) * 2 + (i % 50 === 0 ? 1 : 0) + 1000);
  }
  return [random, sortedChunks, descending, fewValues, sawtooth, galloping];
}

const ascending = (x: number, y: number): number => x - y;
const reversed = (x: number, y: number): number => y - x;
const inconsistent = (x: number, y: number): number => ((x * 13 + y * 7) % 5) - 2;
const nanSome = (x: number, y: number): number => (x === y ? NaN : x - y);
for (const n of [2, 3, 9, 10, 11, 33, 64, 65, 200, 1000, 3000]) {
  for (const values of shapes(n)) {
    console.log(traced(values, ascending));
    console.log(traced(values, reversed));
    console.log(traced(values, inconsistent));
    console.log(traced(values, nanSome));
  }
}
