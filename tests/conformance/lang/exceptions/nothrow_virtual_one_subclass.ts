// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A method that throws only in one subclass, reached through nested calls and base-typed arrays; the other overrides never throw.

abstract class Shape {
  abstract area(): number;
  describe(): string {
    return `${this.name()} ${this.area().toFixed(1)}`;
  }
  name(): string {
    return 'shape';
  }
}

class Square extends Shape {
  constructor(readonly side: number) {
    super();
  }
  area(): number {
    return this.side * this.side;
  }
  name(): string {
    return 'square';
  }
}

class Circle extends Shape {
  constructor(readonly r: number) {
    super();
  }
  area(): number {
    return 3 * this.r * this.r;
  }
}

class Broken extends Shape {
  constructor(readonly limit: number) {
    super();
  }
  area(): number {
    if (this.limit < 0) throw new RangeError(`negative limit ${this.limit}`);
    return this.limit;
  }
  name(): string {
    return 'broken';
  }
}

function total(shapes: Shape[]): number {
  let sum = 0;
  for (const s of shapes) sum += s.area();
  return sum;
}

function deep(shapes: Shape[], depth: number): number {
  if (depth === 0) return total(shapes);
  return deep(shapes, depth - 1) + 1;
}

function sumSquares(n: number): number {
  // Only ever calls methods that cannot throw.
  let s = 0;
  for (let i = 1; i <= n; i++) s += new Square(i).area();
  return s;
}

const ok: Shape[] = [new Square(2), new Circle(1), new Broken(5)];
console.log(total(ok), deep(ok, 10), sumSquares(10));
for (const s of ok) console.log(s.describe());

const bad: Shape[] = [new Square(1), new Broken(-2), new Circle(2)];
let reached = 0;
try {
  reached = 1;
  console.log(deep(bad, 5));
  reached = 2;
} catch (e) {
  console.log('caught', (e as Error).name, (e as Error).message, reached);
}
for (const s of bad) {
  try {
    console.log(s.describe());
  } catch (e) {
    console.log('describe failed:', (e as Error).message);
  }
}
console.log(deep([new Broken(-1)], 3));
console.log('not reached');
