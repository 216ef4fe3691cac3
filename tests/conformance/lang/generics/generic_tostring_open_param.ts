// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: string conversion of an unconstrained T holding arrays, class instances with toString, and literals
class Point {
  constructor(private x: number, private y: number) {}
  toString(): string {
    return "(" + this.x + "," + this.y + ")";
  }
}
class Plain {
  n = 1;
}
class Labelled<T> {
  constructor(public label: string, public value: T) {}
  show(): string {
    return this.label + "=" + this.value;
  }
  template(): string {
    return `${this.label}:${this.value}`;
  }
}
const items = [
  new Labelled("arr", [1, 2, 3]).show(),
  new Labelled("pt", new Point(3, 4)).show(),
  new Labelled("plain", new Plain()).show(),
  new Labelled("lit", { a: 1 }).show(),
  new Labelled("num", 2.5).show(),
  new Labelled("str", "s").template(),
  new Labelled("pt2", new Point(0, -1)).template(),
  new Labelled("words", ["a", "b"]).template(),
];
console.log(items.join(" | "));
console.log(String(new Labelled<Point | null>("maybe", null).value), new Labelled("nested", [[1, 2], [3]]).show());
