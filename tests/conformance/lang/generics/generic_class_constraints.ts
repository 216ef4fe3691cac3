// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic class whose type parameter is constrained to a class hierarchy
abstract class Shape {
  abstract area(): number;
  abstract get name(): string;
}
class Circle extends Shape {
  constructor(private r: number) {
    super();
  }
  area(): number {
    return Math.round(Math.PI * this.r * this.r * 100) / 100;
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
class Gallery<T extends Shape> {
  private items: T[] = [];
  add(x: T): this {
    this.items.push(x);
    return this;
  }
  largest(): T | undefined {
    let best: T | undefined;
    for (const x of this.items) if (best === undefined || x.area() > best.area()) best = x;
    return best;
  }
  totalArea(): number {
    return this.items.reduce((acc, x) => acc + x.area(), 0);
  }
  names(): string {
    return this.items.map((x) => x.name).join(",");
  }
}
const g = new Gallery<Shape>().add(new Circle(1)).add(new Rect(2, 3)).add(new Circle(2));
console.log(g.names(), g.totalArea(), g.largest()?.name);
const rects = new Gallery<Rect>().add(new Rect(1, 1)).add(new Rect(5, 1));
console.log(rects.largest()?.area(), rects.names());
console.log(new Gallery<Circle>().largest() === undefined);
