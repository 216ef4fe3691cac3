// expect-error: TSX1010
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// calling a method chosen by a non-literal key on a class instance is rejected
class Counter {
  n: number = 0;
  inc(): number {
    return ++this.n;
  }
  dec(): number {
    return --this.n;
  }
}
const c = new Counter();
for (const op of ["inc", "inc", "dec"] as Array<"inc" | "dec">) c[op]();
console.log(c.n);
