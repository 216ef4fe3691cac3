// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: unbounded recursion through methods next to leaf methods (no stack check of their own) overflows cleanly, exit 1
class Walker {
  steps: number = 0;
  total: number = 0;
  bump(k: number): void {
    this.steps++;
    this.total = (this.total * 7 + k) % 1000003;
  }
  walk(n: number): number {
    this.bump(n % 5);
    return this.walk(n + 1) + 1;
  }
}
const w = new Walker();
for (let i = 0; i < 3; i++) {
  w.bump(i);
  console.log("bumped", w.steps, w.total);
}
w.walk(0);
console.log("never printed", w.steps);
