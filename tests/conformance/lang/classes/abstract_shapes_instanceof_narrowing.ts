// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: abstract base with abstract members, concrete subclasses, instanceof narrowing to subclass members
abstract class Shape {
  static created = 0;
  readonly id: number;
  constructor(readonly label: string) {
    Shape.created++;
    this.id = Shape.created;
  }
  abstract area(): number;
  abstract get sides(): number;
  perimeterHint(): string {
    return "unknown";
  }
  toString(): string {
    return `${this.label}#${this.id}(${this.area().toFixed(2)}, ${this.sides} sides, ${this.perimeterHint()})`;
  }
}
class Circle extends Shape {
  constructor(public r: number) {
    super("circle");
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
  get sides(): number {
    return 0;
  }
  perimeterHint(): string {
    return (2 * Math.PI * this.r).toFixed(3);
  }
}
class Rect extends Shape {
  constructor(public w: number, public h: number, label: string = "rect") {
    super(label);
  }
  area(): number {
    return this.w * this.h;
  }
  get sides(): number {
    return 4;
  }
}
class Square extends Rect {
  constructor(s: number) {
    super(s, s, "square");
  }
  perimeterHint(): string {
    return String(4 * this.w);
  }
}
class Triangle extends Shape {
  constructor(public a: number, public b: number, public c: number) {
    super("triangle");
  }
  area(): number {
    const s = (this.a + this.b + this.c) / 2;
    return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c));
  }
  get sides(): number {
    return 3;
  }
}
const shapes: Shape[] = [new Circle(1), new Rect(2, 3), new Square(4), new Triangle(3, 4, 5), new Circle(0.5)];
for (const s of shapes) {
  console.log(s.toString());
  if (s instanceof Square) console.log("  square side", s.w, s instanceof Rect, s instanceof Shape);
  else if (s instanceof Rect) console.log("  rect", s.w, "x", s.h);
  else if (s instanceof Circle) console.log("  circle r", s.r);
  else if (s instanceof Triangle) console.log("  tri", s.a, s.b, s.c);
}
let total = 0;
for (const s of shapes) total += s.area();
console.log("total", total.toFixed(4), "created", Shape.created);
const rects = shapes.filter((s) => s instanceof Rect).length;
console.log("rects", rects, "circles", shapes.filter((s) => s instanceof Circle).length);
