// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse cannot produce class instances (it creates plain objects without the methods)
class Point {
  constructor(public x: number, public y: number) {}
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}
const p: Point = JSON.parse('{"x": 3, "y": 4}');
console.log(p.norm());
