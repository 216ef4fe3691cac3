// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: constructors with optional and default parameters and overload signatures
class Range {
  readonly start: number;
  readonly end: number;
  readonly step: number;
  constructor(end: number);
  constructor(start: number, end: number, step?: number);
  constructor(a: number, b?: number, step: number = 1) {
    if (b === undefined) {
      this.start = 0;
      this.end = a;
    } else {
      this.start = a;
      this.end = b;
    }
    this.step = step;
  }
  toArray(): number[] {
    const out: number[] = [];
    if (this.step > 0) for (let i = this.start; i < this.end; i += this.step) out.push(i);
    else for (let i = this.start; i > this.end; i += this.step) out.push(i);
    return out;
  }
}
console.log(new Range(5).toArray().join(","));
console.log(new Range(2, 6).toArray().join(","));
console.log(new Range(10, 0, -3).toArray().join(","));
console.log(new Range(0, 1, 0.25).toArray().join(","));
