// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: subclass field initializers override base values; methods read the subclass value
class Shape {
  kind: string = "shape";
  sides: number = 0;
  describe(): string {
    return this.kind + "/" + this.sides;
  }
}
class Triangle extends Shape {
  kind = "triangle";
  sides = 3;
}
class Quad extends Shape {
  sides = 4;
  constructor() {
    super();
    this.kind = "quad";
  }
}
const shapes: Shape[] = [new Shape(), new Triangle(), new Quad()];
console.log(shapes.map((s) => s.describe()).join(" "));
console.log(shapes.reduce((n, s) => n + s.sides, 0));
