// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: one interface implemented by classes and object literals, with optional members and dispatch through arrays of the interface
interface Shape {
  kind: string;
  area(): number;
  label?: string;
}
class Circle implements Shape {
  kind = "circle";
  constructor(public r: number) {}
  area(): number { return Math.PI * this.r * this.r; }
}
class Rect implements Shape {
  kind = "rect";
  label = "box";
  constructor(public w: number, public h: number) {}
  area(): number { return this.w * this.h; }
}
const tri: Shape = { kind: "triangle", area: () => 0.5 * 3 * 4 };
const named: Shape = { kind: "named", label: "custom", area(): number { return 7; } };
const shapes: Shape[] = [new Circle(1), new Rect(2, 3), tri, named, new Circle(0.5)];
for (const s of shapes) {
  console.log(s.kind, s.area().toFixed(4), s.label ?? "(no label)", s.label === undefined);
}
const total = shapes.reduce((acc, s) => acc + s.area(), 0);
console.log(total.toFixed(6));
const byKind = new Map<string, number>();
for (const s of shapes) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
console.log(byKind);
function largest(ss: Shape[]): Shape | undefined {
  let best: Shape | undefined;
  for (const s of ss) if (!best || s.area() > best.area()) best = s;
  return best;
}
console.log(largest(shapes)?.kind, largest([])?.kind);
interface Named { name: string }
interface Aged { age: number }
interface Person extends Named, Aged { email?: string }
class Employee implements Person {
  constructor(public name: string, public age: number, public email: string) {}
}
const people: Person[] = [new Employee("Eve", 41, "e@x"), { name: "Tom", age: 9 }];
for (const p of people) console.log(p.name, p.age, p.email ?? "-");
function nameOf(n: Named): string { return n.name.toUpperCase(); }
function ageOf(a: Aged): number { return a.age; }
console.log(people.map(nameOf), people.map(ageOf));
console.log(new Circle(2) instanceof Circle, shapes.filter((s) => s instanceof Rect).length);
console.log(shapes[1], tri.kind, "label" in tri, "label" in named);
