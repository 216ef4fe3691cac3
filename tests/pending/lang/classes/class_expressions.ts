// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: class expressions assigned to constants and returned from factory functions
const Point = class {
  constructor(public x: number, public y: number) {}
  norm1(): number {
    return Math.abs(this.x) + Math.abs(this.y);
  }
};
const p = new Point(3, -4);
console.log(p.norm1(), p.x);
function makeCounterClass(step: number) {
  return class Counter {
    n = 0;
    tick(): number {
      this.n += step;
      return this.n;
    }
  };
}
const By2 = makeCounterClass(2);
const By5 = makeCounterClass(5);
const c2 = new By2();
const c5 = new By5();
c2.tick();
console.log(c2.tick(), c5.tick(), c2 instanceof By2, c2 instanceof By5);
