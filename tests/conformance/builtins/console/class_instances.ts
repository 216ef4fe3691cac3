// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: class instances print with the class name; empty classes and nested instances
class Point {
  constructor(public x: number, public y: number) {}
  dist(): number {
    return Math.hypot(this.x, this.y);
  }
}
class Empty {}
class Line {
  constructor(public a: Point, public b: Point) {}
}
class WithDefaults {
  name = "n";
  items: number[] = [1];
  parent: WithDefaults | null = null;
}
console.log(new Point(1, 2));
console.log(new Empty());
console.log(new Line(new Point(0, 0), new Point(3, 4)));
console.log([new Point(5, 6)], { p: new Point(7, 8) });
console.log(new WithDefaults());
