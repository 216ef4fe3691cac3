// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: abstract classes and methods, polymorphic dispatch over a list of shapes
abstract class Shape {
  abstract area(): number;
  abstract get name(): string;
  summary(): string {
    return this.name + " area=" + this.area();
  }
}
class Circle extends Shape {
  constructor(private r: number) {
    super();
  }
  area(): number {
    return 3 * this.r * this.r;
  }
  get name(): string {
    return "circle";
  }
}
class Rect extends Shape {
  constructor(private w: number, private h: number) {
    super();
  }
  area(): number {
    return this.w * this.h;
  }
  get name(): string {
    return "rect";
  }
}
class Square extends Rect {
  constructor(s: number) {
    super(s, s);
  }
  get name(): string {
    return "square";
  }
}
const shapes: Shape[] = [new Circle(1.5), new Rect(2, 3.5), new Square(4)];
let total: number = 0;
for (const s of shapes) {
  console.log(s.summary());
  total += s.area();
}
console.log("total", total);
console.log(shapes.filter((s) => s instanceof Rect).length);
