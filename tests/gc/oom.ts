// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Out of memory: everything allocated stays reachable, so a small heap runs out.
// Not differential (Node's heap is larger): the test expects rt's panic.
const kept: number[][] = [];
for (let i = 0; i < 10000000; i++) {
  kept.push([i, i, i, i, i, i, i, i]);
  if (i % 10000 === 0) console.log('kept ' + i);
}
console.log('unreachable: the heap limit must stop this program first');
