// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// micro-map: Map<number, number> insert, lookup (hits and misses), update and
// delete.

const N: number = 1000000;
const m: Map<number, number> = new Map<number, number>();
for (let i = 0; i < N; i++) m.set((i * 2654435761) % 4294967296, i);
let hits: number = 0;
let sum: number = 0;
for (let i = 0; i < 2 * N; i++) {
  const v: number | undefined = m.get((i * 2654435761) % 4294967296);
  if (v !== undefined) {
    hits++;
    sum += v;
  }
}
for (let i = 0; i < N; i += 2) m.delete((i * 2654435761) % 4294967296);
for (let i = 1; i < N; i += 2) {
  const k: number = (i * 2654435761) % 4294967296;
  m.set(k, (m.get(k) ?? 0) + 1);
}
let rest: number = 0;
for (const v of m.values()) rest += v;
console.log('map size:', m.size, 'hits:', hits, 'sum:', sum, 'rest:', rest);
