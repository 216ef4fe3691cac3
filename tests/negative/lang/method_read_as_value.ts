// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a class method read as a value without bind (in JS it would lose `this`)
class Counter {
  n = 0;
  inc(): number { return ++this.n; }
}
const c = new Counter();
const f: () => number = c.inc;
console.log(f());
