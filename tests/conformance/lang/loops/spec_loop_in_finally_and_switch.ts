// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Speculative integer loops inside finally bodies (lowered once per exit path), switch cases and nested function declarations.

function exits(mode: number): string {
  let n: number = 0;
  let out: string = '';
  for (let round = 0; round < 3; round++) {
    try {
      if (mode === round) break;
      if (mode === round + 10) continue;
      if (mode === 99) return 'returned ' + n;
      n = n + 1;
    } finally {
      let x: number = n * 7 + mode;
      let steps: number = 0;
      while (x !== 1 && steps < 40) {
        if (x % 2 === 0) x = x / 2;
        else x = 3 * x + 1;
        steps++;
      }
      out = out + `[${round}:${x}/${steps}]`;
    }
  }
  return `exits ${mode} n=${n} ${out}`;
}
for (const mode of [0, 1, 2, 5, 10, 11, 99, -3, 0.5]) console.log(exits(mode));

function pick(kind: number, v: number): number {
  switch (kind) {
    case 1: {
      let s: number = 0;
      while (v > 0) {
        s += v % 10;
        v = (v - v % 10) / 10;
      }
      return s;
    }
    case 2:
      while (v < 1000000) v = v * v + 1;
      return v;
    default: {
      let d: number = v;
      do d = d / 3; while (d > 1);
      return d;
    }
  }
}
console.log(pick(1, 98765), pick(1, -5), pick(2, 3), pick(2, -2), pick(3, 81), pick(3, 100), pick(3, -0));

function outer(seed: number): number {
  if (seed > 0) {
    function spin(k: number): number {
      let r: number = k;
      for (let i = 0; i < 8; i++) r = (r * 13 + 5) % 1000;
      return r;
    }
    return spin(seed) + spin(seed + 1);
  }
  return -1;
}
console.log(outer(4), outer(-1), outer(999));
