// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: two-level memo cache Map<number, Map<number, number>> for grid path counts
const memo = new Map<number, Map<number, number>>();
let misses = 0;
function paths(r: number, c: number): number {
  if (r === 0 || c === 0) return 1;
  let row = memo.get(r);
  if (!row) {
    row = new Map();
    memo.set(r, row);
  }
  const hit = row.get(c);
  if (hit !== undefined) return hit;
  misses++;
  const v = paths(r - 1, c) + paths(r, c - 1);
  row.set(c, v);
  return v;
}
console.log(paths(16, 16), misses, memo.size, memo.get(16)?.size);
console.log(paths(3, 3), paths(10, 5), misses);
