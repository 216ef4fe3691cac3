// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-array-sort, AssemblyScript: bench/programs/micro-array-sort.ts with
// Array<f64> and a comparator returning i32.
import { print } from './env';

let state: u32 = 2463534242;
function xorshift32(): u32 {
  let x: u32 = state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state = x;
  return state;
}

export function main(): void {
  const N: i32 = 1000000;
  const ROUNDS: i32 = 1;
  let checksum: i64 = 0;
  let sorted = true;
  for (let r = 0; r < ROUNDS; r++) {
    const a: f64[] = [];
    for (let i = 0; i < N; i++) a.push(<f64>(xorshift32() % 1000000));
    a.sort((x: f64, y: f64): i32 => <i32>(x - y));
    for (let i = 1; i < N; i++) if (a[i - 1] > a[i]) sorted = false;
    for (let i = 0; i < N; i += 1000) checksum = (checksum * 31 + <i64>a[i]) % 2147483647;
  }
  print('array-sort n: ' + N.toString() + ' sorted: ' + (sorted ? 'true' : 'false') + ' checksum: ' + checksum.toString());
}
