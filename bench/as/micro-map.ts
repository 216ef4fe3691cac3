// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-map, AssemblyScript: bench/programs/micro-map.ts with Map<i64, i64>
// (AssemblyScript's get throws on a miss, hence has() before get()).
import { print } from './env';

function key(i: i64): i64 {
  return (i * 2654435761) % 4294967296;
}

export function main(): void {
  const N: i64 = 1000000;
  const m = new Map<i64, i64>();
  for (let i: i64 = 0; i < N; i++) m.set(key(i), i);
  let hits: i64 = 0;
  let sum: i64 = 0;
  for (let i: i64 = 0; i < 2 * N; i++) {
    const k = key(i);
    if (m.has(k)) {
      hits++;
      sum += m.get(k);
    }
  }
  for (let i: i64 = 0; i < N; i += 2) m.delete(key(i));
  for (let i: i64 = 1; i < N; i += 2) {
    const k = key(i);
    m.set(k, (m.has(k) ? m.get(k) : 0) + 1);
  }
  let rest: i64 = 0;
  const values = m.values();
  for (let i = 0; i < values.length; i++) rest += values[i];
  print('map size: ' + m.size.toString() + ' hits: ' + hits.toString() + ' sum: ' + sum.toString() + ' rest: ' + rest.toString());
}
