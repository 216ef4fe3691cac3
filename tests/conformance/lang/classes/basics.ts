// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: fields with initializers, constructors, parameter properties, methods and this
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  add(o: Point): Point {
    return new Point(this.x + o.x, this.y + o.y);
  }
  toString(): string {
    return "(" + this.x + ", " + this.y + ")";
  }
}
class Named {
  count: number = 0;
  constructor(public readonly name: string, private secret: number = 7) {}
  reveal(): number {
    this.count++;
    return this.secret * this.count;
  }
}
const p = new Point(1, 2).add(new Point(0.5, -2));
console.log(p.toString(), p.x, p.y, "" + p);
const n = new Named("widget");
console.log(n.name, n.reveal(), n.reveal(), n.count);
const m = new Named("other", 3);
console.log(m.reveal());
