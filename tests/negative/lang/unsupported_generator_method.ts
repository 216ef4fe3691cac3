// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generator method in a class is an unsupported construct
class Range {
  constructor(private n: number) {}
  *values(): Generator<number> {
    for (let i = 0; i < this.n; i++) yield i;
  }
}
let s = 0;
for (const v of new Range(4).values()) s += v;
console.log(s);
