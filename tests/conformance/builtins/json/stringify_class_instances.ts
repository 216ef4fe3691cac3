// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify of class instances uses own enumerable fields only; toJSON is honoured
class Point {
  constructor(public x: number, public y: number) {}
  get len(): number {
    return Math.hypot(this.x, this.y);
  }
  norm(): number {
    return this.len;
  }
}
class Temp {
  constructor(private c: number) {}
  toJSON(): string {
    return this.c + "C";
  }
}
class Line {
  start = new Point(0, 0);
  end = new Point(3, 4);
  label?: string;
  tags: string[] = [];
}
console.log(JSON.stringify(new Point(1, 2)), JSON.stringify([new Point(-0, 1.5)]));
console.log(JSON.stringify({ t: new Temp(21), list: [new Temp(-3)] }));
console.log(JSON.stringify(new Line()));
const l = new Line();
l.label = "diag";
console.log(JSON.stringify(l, null, 1));
