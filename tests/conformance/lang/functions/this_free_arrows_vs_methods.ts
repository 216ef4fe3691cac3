// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: methods extracted with arrow-property fields keep their receiver
class Counter {
  count = 0;
  inc = (): number => ++this.count;
  add(n: number): number {
    this.count += n;
    return this.count;
  }
}
const c = new Counter();
const inc = c.inc;
inc();
inc();
console.log(c.count);
const addBound = (n: number) => c.add(n);
console.log(addBound(10), c.count);
const fns: Array<() => number> = [c.inc, c.inc, () => c.add(100)];
console.log(fns.map((f) => f()).join(","));
