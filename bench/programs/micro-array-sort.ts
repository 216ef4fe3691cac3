// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-array-sort: push a million pseudo-random numbers, sort them with a
// comparator, check the order.

let state: number = 2463534242;
function xorshift32(): number {
  let x: number = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x >>> 0;
  return state;
}

const N: number = 1000000;
const ROUNDS: number = 1;
let checksum: number = 0;
let sorted: boolean = true;
for (let r = 0; r < ROUNDS; r++) {
  const a: number[] = [];
  for (let i = 0; i < N; i++) a.push(xorshift32() % 1000000);
  a.sort((x: number, y: number): number => x - y);
  for (let i = 1; i < N; i++) if (a[i - 1] > a[i]) sorted = false;
  for (let i = 0; i < N; i += 1000) checksum = (checksum * 31 + a[i]) % 2147483647;
}
console.log('array-sort n:', N, 'sorted:', sorted, 'checksum:', checksum);
